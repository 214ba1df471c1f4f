from . import test_training_unit
from . import test_training_participant
from . import test_training_action
from . import test_training_session
from . import test_training_attendance
from . import test_training_security
from . import test_training_ui
