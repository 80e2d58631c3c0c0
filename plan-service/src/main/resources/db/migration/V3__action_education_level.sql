-- The education level an education programme leads to: the return on education credits a programme with the pay
-- uplift only when it closes the target occupation's entry requirement.
ALTER TABLE action ADD COLUMN education_level VARCHAR(40) CHECK (education_level IN ('LESS_THAN_HIGH_SCHOOL', 'HIGH_SCHOOL', 'POSTSECONDARY_CERTIFICATE', 'SOME_COLLEGE',
        'ASSOCIATE', 'BACHELOR', 'POST_BACCALAUREATE_CERTIFICATE', 'MASTER', 'POST_MASTER_CERTIFICATE',
        'FIRST_PROFESSIONAL', 'DOCTORAL', 'POST_DOCTORAL'));
