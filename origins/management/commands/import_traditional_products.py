from origins.importing import LPT_FILE
from origins.models import Register

from ._register import RegisterImportCommand


class Command(RegisterImportCommand):
    help = "Import the national List of Traditional Products (traditional_products.csv)."
    register = Register.NATIONAL
    default_path = LPT_FILE
