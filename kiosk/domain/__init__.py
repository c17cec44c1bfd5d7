"""Pure domain rules and values (NIK, phone numbers, eligibility, signed cards, ids, regions)."""
