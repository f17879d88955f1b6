"""What every record tool shares on the Python side (self-assessments,
worksheets, checklists): one data file per tool in a folder of data/
(data_files.py), the manage controls' template (controls.html) and their
context (context.py). Not a component of its own: it has no macro."""
