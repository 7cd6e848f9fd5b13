"""The optional plotting helper draws what it is given."""

import matplotlib

matplotlib.use("Agg")

from zoulang.plot import plot_alignment  # noqa: E402


def test_boxes_for_aligned_units_and_marks_for_unaligned():
    ax = plot_alignment(
        [{"src": [0], "tgt": [0]}, {"src": [1, 2], "tgt": [1]}, {"src": [], "tgt": [2]}, {"src": [3], "tgt": []}],
        gold=[([0], [0]), ([1, 2], [1])],
        title="t",
    )
    patches = ax.patches
    # two gold outlines + two aligned boxes; unaligned sentences are marks, not boxes
    assert len(patches) == 4
    widths = sorted(p.get_width() for p in patches if p.get_fill())
    assert widths == [1, 2]
    assert len(ax.lines) == 2
    assert ax.get_title() == "t"
