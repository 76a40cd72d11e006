"""Exit codes: each kind of failure has its own, so cron jobs and scripts can tell them apart."""

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    USAGE = 2  # bad command line (argparse's own code)
    SOME_QUARANTINED = 3  # the batch ran; some files were quarantined (see quarantine/*.reason.json)
    SOME_FAILED = 4  # some files could not be taken (disk full, permissions) and stay claimed for a retry
    STILL_ARRIVING = 5  # some files never became whole before the batch gave up waiting
    CONFIG = 6  # settings or folders unusable
    NOT_FOUND = 7  # no such loan or case
    INPUT = 8  # an input file (loan data, payments) could not be read; bad rows are reported
    NOT_ELIGIBLE = 9  # an evaluation ended in a denial
    TEMPLATE = 10  # a template is broken or asks for a value nobody supplies
    CONVERTER = 11  # LibreOffice missing, hanging or failing
    INTERRUPTED = 130
