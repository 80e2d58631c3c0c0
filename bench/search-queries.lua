-- wrk script: cycles through everyday occupation searches (single words, phrases, typos, codes, filters), so the
-- latency percentiles describe a query mix rather than one cached query. Each wrk thread starts at a different offset.
local queries = {
  "q=manager", "q=registered+nurse", "q=recepionist", "q=software+developer", "q=teacher", "q=electrician",
  "q=truck+driver", "q=accountant", "q=nurse", "q=engineer", "q=data+scientist", "q=plumber", "q=chef",
  "q=pharmacist", "q=lawyer", "q=graphic+designer", "q=welder", "q=dental+hygienist", "q=police", "q=cashier",
  "q=mechanic", "q=sales", "q=marketing+manager", "q=web+developer", "q=physical+therapist", "q=carpenter",
  "q=admin+assistant", "q=customer+service", "q=security+guard", "q=social+worker", "q=enginer", "q=programer",
  "q=office+clerk", "q=bookkeeping", "q=43-4171", "q=construction&jobZone=2", "q=health&minMedianPay=60000",
  "q=it", "q=teacher&socGroup=25-0000", "q=analyst&sort=-pay",
}
local counter = 0
setup = function(thread)
  thread:set("offset", counter * 7)
  counter = counter + 1
end
local i = 0
request = function()
  i = i + 1
  local q = queries[((i + offset) % #queries) + 1]
  return wrk.format("GET", "/api/v1/occupations?" .. q .. "&size=20")
end
