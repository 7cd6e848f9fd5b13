"""Pictures of zoulang results (needs the optional ``plot`` extra: ``pip install "zoulang[plot]"``).

:func:`plot_alignment` draws a sentence alignment as a grid: source sentences along the x axis, target
sentences along the y axis, one box per alignment unit (1-1 units as small squares, n-m units as larger
boxes, unaligned sentences as marks on the axis), so the path of the alignment and its merges and gaps
show at a glance.
"""

from __future__ import annotations

from typing import Any, Iterable, Sequence


def _sides(unit: Any) -> tuple[list[int], list[int]]:
    if isinstance(unit, dict):
        return list(unit["src"]), list(unit["tgt"])
    if isinstance(unit, (tuple, list)) and len(unit) == 2:
        return list(unit[0]), list(unit[1])
    return list(unit.src), list(unit.tgt)


def plot_alignment(
    units: Iterable[Any],
    *,
    n_src: int | None = None,
    n_tgt: int | None = None,
    gold: Iterable[Any] | None = None,
    labels: Sequence[str] = ("source sentence", "target sentence"),
    ax: Any = None,
    title: str | None = None,
) -> Any:
    """Draws an alignment (AlignmentUnit objects, ``{"src": [...], "tgt": [...]}`` dicts or ``(src, tgt)``
    pairs) on a matplotlib Axes and returns the Axes. ``gold``, if given, is drawn as outlines beneath.

    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> from zoulang.plot import plot_alignment
    >>> ax = plot_alignment([([0], [0]), ([1, 2], [1]), ([], [2])])
    >>> len(ax.patches)
    2
    """
    try:
        import matplotlib.pyplot as plt
        from matplotlib.patches import Rectangle
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError('plot_alignment needs matplotlib: pip install "zoulang[plot]"') from e

    units = [_sides(u) for u in units]
    gold_units = [_sides(u) for u in gold] if gold is not None else []
    every = units + gold_units
    n_src = n_src if n_src is not None else 1 + max((i for s, _ in every for i in s), default=-1)
    n_tgt = n_tgt if n_tgt is not None else 1 + max((j for _, t in every for j in t), default=-1)
    if ax is None:
        _, ax = plt.subplots(figsize=(6, 6))
    for src, tgt in gold_units:
        if src and tgt:
            ax.add_patch(
                Rectangle((min(src), min(tgt)), len(src), len(tgt), fill=False, edgecolor="tab:green", lw=1.5, ls="--")
            )
    for src, tgt in units:
        if src and tgt:
            ax.add_patch(Rectangle((min(src), min(tgt)), len(src), len(tgt), color="tab:blue", alpha=0.6))
        elif src:
            ax.plot([i + 0.5 for i in src], [-0.5] * len(src), "x", color="tab:red")
        elif tgt:
            ax.plot([-0.5] * len(tgt), [j + 0.5 for j in tgt], "x", color="tab:red")
    ax.set_xlim(-1, max(n_src, 1))
    ax.set_ylim(-1, max(n_tgt, 1))
    ax.invert_yaxis()
    ax.set_xlabel(labels[0])
    ax.set_ylabel(labels[1])
    ax.set_aspect("equal", adjustable="box")
    if title:
        ax.set_title(title)
    return ax
