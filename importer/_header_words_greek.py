"""Header names in Greek ('Τίτλος', 'Έναρξη', 'Αίθουσα', 'Ομιλητής'), as people write them,
in lower case or in capitals without their accents, as a Greek university's timetable heads
them ('ΗΜΕΡΑ', 'ΕΝΑΡΞΗ', 'ΛΗΞΗ', 'ΜΑΘΗΜΑ', 'ΑΙΘΟΥΣΑ', 'ΔΙΔΑΣΚΩΝ'): _header_words adds them to
NAMES and SPEAKERS in the form header_key gives them, which drops the accents and folds the
final sigma ('Ομιλητής' as 'ομιλητησ')."""

from __future__ import annotations

GREEK_NAMES: dict[str, tuple[str, ...]] = {
    "name": ("Τίτλος", "Τίτλος ομιλίας", "Τίτλος εισήγησης", "Ομιλία", "Εισήγηση", "Θέμα",
             "Εκδήλωση", "Δραστηριότητα", "Μάθημα", "Ονομασία"),
    "date": ("Ημερομηνία", "Ημέρα", "Μέρα"),
    "start": ("Ώρα", "Ώρα έναρξης", "Έναρξη", "Ωράριο"),
    "end": ("Λήξη", "Ώρα λήξης"),
    "duration": ("Διάρκεια",),
    "locations": ("Αίθουσα", "Χώρος", "Τοποθεσία", "Τόπος", "Αμφιθέατρο", "Σκηνή"),
    "schedule_tracks": ("Ενότητα", "Θεματική ενότητα", "Κατηγορία", "Τύπος"),
    "description": ("Περιγραφή", "Περίληψη"),
}
GREEK_SPEAKERS = ("Ομιλητής", "Ομιλητές", "Ομιλήτρια", "Εισηγητής", "Εισηγητές", "Εισηγήτρια",
                  "Διδάσκων", "Διδάσκοντες", "Διδάσκουσα", "Συντονιστής", "Συντονίστρια")
