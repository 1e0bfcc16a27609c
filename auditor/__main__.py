from auditor.cli import main

main(prog_name="audit")
