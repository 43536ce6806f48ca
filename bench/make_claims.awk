# Writes N claims (a spreadsheet for `check --batch`) over 20 place names, so names repeat as they do in
# a newsroom's spreadsheet. Deterministic: the same N gives the same file.   awk -v n=100000 -f make_claims.awk
BEGIN {
  split("Pyongyang Vladivostok Khasan Seoul Moscow Beijing Shanghai Tokyo Paris Berlin London Madrid Rome Cairo Istanbul Delhi Mumbai Chicago Toronto Sydney", place, " ")
  split("rail road air sea", mode, " ")
  srand(7)
  print "from,to,via,distance,speed,duration,stop,mode,depart"
  for (i = 0; i < n; i++) {
    a = place[int(rand() * 20) + 1]; b = place[int(rand() * 20) + 1]
    if (a == b) b = "Vladivostok"
    printf "%s,%s,,\"%d km\",about %d km/h,about %d hours,,%s,\n", a, b, 100 + int(rand() * 9000), 20 + int(rand() * 900), 2 + int(rand() * 40), mode[int(rand() * 4) + 1]
  }
}
