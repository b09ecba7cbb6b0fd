"""Header names in Ukrainian ('Назва', 'Початок', 'Кінець', 'Зала', 'Доповідач'), as people
write them: _header_words adds them to NAMES and SPEAKERS in the form header_key gives them,
which drops the diacritics ('Аудиторія' as 'аудиторія', 'Ведучий' as 'ведучии'). The words
Ukrainian shares with Russian ('Дата', 'Тема', 'Зал', 'Лектор') are there already, and
'Назва' beside Russian's 'Название', to be the title before a 'Тема' column is."""

from __future__ import annotations

UKRAINIAN_NAMES: dict[str, tuple[str, ...]] = {
    "name": ("Назва доповіді", "Тема доповіді", "Доповідь", "Захід", "Подія"),
    "date": ("Дата проведення", "Дата заходу"),
    "start": ("Початок", "Час", "Час початку"),
    "end": ("Кінець", "Закінчення", "Час закінчення"),
    "duration": ("Тривалість",),
    "locations": ("Зала", "Аудиторія", "Місце", "Місце проведення", "Приміщення"),
    "schedule_tracks": ("Секція", "Напрям", "Напрямок", "Категорія"),
    "description": ("Опис", "Анотація", "Зміст"),
}
UKRAINIAN_SPEAKERS = ("Доповідач", "Доповідачі", "Доповідачка", "Спікер", "Спікери",
                      "Ведучий", "Ведуча", "Ведучі", "Викладач", "Викладачі")
