"""What the tests of the bundled US ten-digit lines ask of a classification: its top candidate for the US, and the
explanation line that names the US statistical line chosen and why."""
import tradecompliance as tc


def us_top(title):
    return tc.classify(title, destination="US").top


def us_line_note(top):
    (note,) = [e for e in top.explanation if e.startswith("US line")]
    return note
