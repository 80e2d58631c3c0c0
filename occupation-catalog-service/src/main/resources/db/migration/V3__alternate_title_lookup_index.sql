-- Search gives a bonus when the keywords are exactly an alternate title; without this index that check scanned all
-- alternate titles (57,000 in an O*NET release) on every search.
CREATE INDEX alternate_title_lower_idx ON alternate_title (lower(title));
