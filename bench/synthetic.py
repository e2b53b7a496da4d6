"""The large synthetic process of DESIGN §7, built fast with plain SQL.

12 fields × 6 Leitziele × 4 Jahresziele × 3 indicators × 40 readings,
40 topics with 5,000 dots, 30 meetings with 15 TOPs each; the monitoring of
issue 18: 100 Kennzahlen × 3 groups × 15 years, population, a 9-step Masterplan.  Deterministic
(seeded), so two runs measure the same data.  Every row gets its sealed change-log line, as if
entered in the app (≈ 46,000 lines), so that ``steuerung check`` has the whole chain to verify.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

from steuerung.store import chain
from steuerung.store.db import create_db
from steuerung.store.repo import TABLES


def build(path: Path, *, seed: int = 7) -> None:
    rnd = random.Random(seed)
    conn = create_db(path)
    c = conn.cursor()
    c.execute("BEGIN")
    c.execute("INSERT INTO process (id, title, body, created) VALUES "
              "(1, 'Großer Testprozess', 'Testkreis', '2024-01-01')")
    ind_id = 0
    for f in range(1, 13):
        c.execute("INSERT INTO field (id, number, name, phase, position) VALUES (?, ?, ?, 'goals', ?)",
                  (f, f, f"Handlungsfeld {f}", f))
        for g in range(1, 7):
            gid = (f - 1) * 6 + g
            c.execute("INSERT INTO guiding_goal (id, field_id, number, text, position) "
                      "VALUES (?, ?, ?, ?, ?)", (gid, f, g, f"Leitziel {f}.{g}", g))
            for a in range(1, 5):
                aid = (gid - 1) * 4 + a
                c.execute("INSERT INTO annual_goal (id, guiding_goal_id, year, text, responsible, "
                          "deadline_text, deadline, position) VALUES (?, ?, 2025, ?, ?, "
                          "'Ende 2025', '2025-12-31', ?)",
                          (aid, gid, f"Jahresziel {f}.{g}.{a}", f"Amt {a}", a))
                for _ in range(3):
                    ind_id += 1
                    c.execute("INSERT INTO indicator (id, annual_goal_id, name, kind, unit, "
                              "baseline_value, baseline_date, target_value, deadline_text, "
                              "deadline, position) VALUES (?, ?, ?, 'quantitative', '%', 10, "
                              "'2025-01-01', 20, 'Ende 2025', '2025-12-31', ?)",
                              (ind_id, aid, f"Indikator {ind_id}", ind_id))
                    day = date(2022, 1, 1)
                    c.executemany("INSERT INTO reading (indicator_id, date, value, entered_at) "
                                  "VALUES (?, ?, ?, '2025-06-01T00:00:00')",
                                  [(ind_id, (day + timedelta(days=30 * r)).isoformat(),
                                    10 + rnd.random() * 10) for r in range(40)])
    c.execute("INSERT INTO dot_vote (id, title, dates, cumulate, state, position) "
              "VALUES (1, 'Große Punktabfrage', '2025-03-01', 1, 'open', 1)")
    c.executemany("INSERT INTO topic (id, vote_id, name, position) VALUES (?, 1, ?, ?)",
                  [(t, f"Thema {t}", t) for t in range(1, 41)])
    c.executemany("INSERT INTO dot (vote_id, topic_id, delta, at) VALUES (1, ?, 1, "
                  "'2025-03-01T10:00:00')", [(rnd.randint(1, 40),) for _ in range(5000)])
    c.execute("INSERT INTO committee (id, name, kind, position) VALUES "
              "(1, 'Steuerungsgruppe', 'Steuerungsgruppe', 1)")
    for m in range(1, 31):
        c.execute("INSERT INTO meeting (id, committee_id, number, title, date, state, public) "
                  "VALUES (?, 1, ?, 'Sitzung', ?, 'held', 1)",
                  (m, m, (date(2023, 1, 10) + timedelta(days=30 * m)).isoformat()))
        c.executemany("INSERT INTO agenda_item (meeting_id, number, title, public, position) "
                      "VALUES (?, ?, ?, 1, ?)",
                      [(m, str(t), f"TOP {t}", t) for t in range(1, 16)])
    _monitoring(c, rnd)
    _log_every_row(c)  # last: it logs the rows of every table, the monitoring's too
    c.execute("COMMIT")
    conn.close()


def _log_every_row(c) -> None:
    """One sealed insert line per row, parents first, as the app would have written them."""
    previous, lines = chain.GENESIS, []
    for table in TABLES:
        if table == "change_log":
            continue
        cur = c.execute(f"SELECT * FROM {table} ORDER BY id")
        names = [d[0] for d in cur.description]
        for row in cur.fetchall():
            values = {k: v for k, v in zip(names, row, strict=True) if v is not None}
            new = json.dumps(values, ensure_ascii=False, sort_keys=True)
            at = "2025-06-01T00:00:00"
            previous = chain.seal(previous, chain.content(at, "Testperson", table, values["id"],
                                                          "insert", None, new))
            lines.append((at, "Testperson", table, values["id"], "insert", new, previous))
    c.executemany("INSERT INTO change_log (at, author, table_name, row_id, action, new, hash) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)", lines)


def _monitoring(c, rnd: random.Random) -> None:
    c.execute("PRAGMA defer_foreign_keys = ON")  # a group names its reference before it exists
    group_id = 0
    for k in range(1, 101):
        field = (k - 1) % 12 + 1
        c.execute("INSERT INTO monitoring_indicator (id, field_id, guiding_goal_id, name, "
                  "definition, unit, data_source, periodicity, level, position) VALUES "
                  "(?, ?, ?, ?, 'Anteil der Personen …', ?, 'Amt für Statistik', 'jährlich', "
                  "'local', ?)", (k, field, (field - 1) * 6 + 1, f"Kennzahl {k}",
                                  "%" if k % 3 else "Personen", k))
        for position, name in enumerate(("mit Migrationsvorgeschichte",
                                         "ohne Migrationsvorgeschichte", "insgesamt"), 1):
            group_id += 1
            c.execute("INSERT INTO monitoring_group (id, indicator_id, name, reference_id, "
                      "position) VALUES (?, ?, ?, ?, ?)",
                      (group_id, k, name, group_id + 1 if position == 1 else None, position))
            c.executemany("INSERT INTO monitoring_value (group_id, year, value, example) "
                          "VALUES (?, ?, ?, 0)",
                          [(group_id, 2010 + y, round(20 + rnd.random() * 60, 1))
                           for y in range(15)])
    c.executemany("INSERT INTO population (year, label, value, provisional, position) "
                  "VALUES (2024, ?, ?, 0, ?)",
                  [("Bevölkerung", 281050, 1), ("mit Migrationsvorgeschichte", 57764, 2)])
    c.execute("INSERT INTO report_cycle (every_min, every_max, last_report_text, last_report) "
              "VALUES (2, 3, '2022', '2022-12-31')")
    c.executemany("INSERT INTO plan_step (position, title, status) VALUES (?, ?, 'open')",
                  [(n, f"Schritt {n}") for n in range(1, 10)])
