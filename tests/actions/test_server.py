from actions.server import Rasa36ActionExecutor


def test_a_call_without_the_domain_gets_the_last_one_or_none():
    executor = Rasa36ActionExecutor()
    assert executor.update_and_return_domain({}, "action_search_services") == {}
    domain = {"forms": {"search_form": {"required_slots": ["need", "place"]}}}
    assert executor.update_and_return_domain({"domain": domain}, "validate_search_form") == domain
    assert executor.update_and_return_domain({}, "action_more_results") == domain
