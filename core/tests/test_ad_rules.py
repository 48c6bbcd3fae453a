from core.ads import WeightedAd, ad_positions, choose_ads


def test_ad_follows_every_nth_paragraph_up_to_the_maximum():
    units = [True] * 13
    assert ad_positions(units, every=4, max_ads=2) == [3, 7]
    assert ad_positions(units, every=4, max_ads=5) == [3, 7, 11]


def test_ads_are_off_when_interval_or_maximum_is_zero():
    assert ad_positions([True] * 10, every=0, max_ads=3) == []
    assert ad_positions([True] * 10, every=2, max_ads=0) == []


def test_only_paragraphs_count_and_ads_never_follow_other_units():
    # paragraph, figure, paragraph, quote, paragraph, paragraph
    units = [True, False, True, False, True, True, True]
    positions = ad_positions(units, every=2, max_ads=3)
    assert positions == [2, 5]
    assert all(units[index] for index in positions)


def test_no_ad_after_the_last_unit():
    assert ad_positions([True] * 4, every=4, max_ads=1) == []
    assert ad_positions([True] * 4 + [False], every=4, max_ads=1) == [3]


def test_choice_is_stable_for_one_article_and_does_not_repeat_while_ads_remain():
    ads = [WeightedAd(1, 1), WeightedAd(2, 5), WeightedAd(3, 1)]
    first = choose_ads(ads, 3, seed=42)
    assert first == choose_ads(ads, 3, seed=42)
    assert sorted(first) == [1, 2, 3]


def test_choice_follows_weights():
    ads = [WeightedAd(1, 1), WeightedAd(2, 9)]
    picks = [choose_ads(ads, 1, seed=seed)[0] for seed in range(2000)]
    share = picks.count(2) / len(picks)
    assert 0.85 < share < 0.95


def test_fewer_ads_than_slots_starts_over_and_zero_weight_is_never_shown():
    assert choose_ads([WeightedAd(7, 1)], 3, seed=1) == [7, 7, 7]
    assert choose_ads([WeightedAd(7, 0)], 2, seed=1) == []
    assert choose_ads([], 2, seed=1) == []
