package countthings.pools_test

import data.countthings.pools

test_mixed_draws_from_both if {
	pools.draws_from("STANDARD") with input as {"account": {"type": "MIXED"}}
	pools.draws_from("FLOATING") with input as {"account": {"type": "MIXED"}}
}

test_standard_has_no_floating_pool if {
	not pools.draws_from("FLOATING") with input as {"account": {"type": "STANDARD"}}
}

test_floating_has_no_standard_pool if {
	not pools.draws_from("STANDARD") with input as {"account": {"type": "FLOATING"}}
}

test_an_unknown_type_has_no_pool if {
	not pools.draws_from("STANDARD") with input as {"account": {"type": "OTHER"}}
}

test_free_seat_only_in_a_pool_of_the_account if {
	pools.has_free_seat("FLOATING") with input as {"account": {"type": "FLOATING"}, "pools": {"FLOATING": {"free": 1}}}
	not pools.has_free_seat("FLOATING") with input as {"account": {"type": "FLOATING"}, "pools": {"FLOATING": {"free": 0}}}
	not pools.has_free_seat("STANDARD") with input as {"account": {"type": "FLOATING"}, "pools": {"STANDARD": {"free": 3}}}
}
