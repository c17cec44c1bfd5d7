"""Card and sheet geometry: everything fits, the QR keeps its quiet zone, cut marks miss cards."""

from __future__ import annotations

from kiosk.domain import card_layout as layout


def test_every_card_element_is_inside_the_card() -> None:
    for box in vars(layout.CARD).values():
        assert box.x >= 0 and box.right <= layout.CARD_WIDTH_MM
        assert box.y >= 0 and box.bottom <= layout.CARD_HEIGHT_MM


def test_text_column_does_not_overlap_the_qr() -> None:
    for name in ("name", "number", "dates", "name_label", "number_label"):
        assert getattr(layout.CARD, name).right <= layout.CARD.qr.x


def test_qr_matrix_of_a_card_payload_is_square_and_modules_are_printable() -> None:
    matrix = layout.qr_matrix("K" + "A" * 143)
    assert len(matrix) == len(matrix[0]) >= 21
    # At least 0.5 mm per module: six printer dots at 300 dpi.
    assert layout.qr_module_size(len(matrix)) >= 0.5


def test_sheet_has_ten_slots_inside_a4_without_overlap() -> None:
    slots = layout.sheet_slots()
    assert len(slots) == 10
    for a in slots:
        assert a.x > layout.CUT_MARK_MM and a.right < layout.A4_WIDTH_MM - layout.CUT_MARK_MM
        assert a.y > layout.CUT_MARK_MM and a.bottom < layout.A4_HEIGHT_MM - layout.CUT_MARK_MM
        for b in slots:
            if a is not b:
                assert a.right <= b.x or b.right <= a.x or a.bottom <= b.y or b.bottom <= a.y


def test_cut_marks_stay_in_the_margins() -> None:
    slots = layout.sheet_slots()
    for x1, y1, x2, y2 in layout.cut_marks():
        for box in slots:
            inside_x = box.x < min(x1, x2) < box.right or box.x < max(x1, x2) < box.right
            inside_y = box.y < min(y1, y2) < box.bottom or box.y < max(y1, y2) < box.bottom
            assert not (inside_x and inside_y)
        assert min(x1, x2) >= 0 and max(x1, x2) <= layout.A4_WIDTH_MM
        assert min(y1, y2) >= 0 and max(y1, y2) <= layout.A4_HEIGHT_MM


def test_sheets_split_cards_by_ten() -> None:
    assert [len(r) for r in layout.sheets(23)] == [10, 10, 3]
    assert layout.sheets(0) == []
