from origins.importing import EU_FILE
from origins.models import Register

from ._register import RegisterImportCommand


class Command(RegisterImportCommand):
    help = "Import the Polish PDO/PGI/TSG names of the EU register (polish_geographical_indications.csv)."
    register = Register.EU
    default_path = EU_FILE
