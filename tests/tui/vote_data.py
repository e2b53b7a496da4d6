"""A workshop vote as the moderator's day has it: 14 topics, three persons with budgets."""

from __future__ import annotations

from steuerung.store.votes import VoteSession, create_vote

TOPICS = ["Bildung", "Arbeit", "Sprache", "Partizipation", "Interkulturelle Öffnung",
          "Willkommenskultur", "Gesundheit", "Wohnen", "Sport und Freizeit", "Kultur",
          "Antidiskriminierung", "Frühkindliche Bildung", "Ältere Migrantinnen und Migranten",
          "Ehrenamt"]
PERSONS = ["Anna Schmidt", "Bernd Yılmaz", "Chiara Rossi"]
#: (person index, topic number) dots, cumulating off: one dot per person and topic.
DOTS = [(0, 1), (0, 3), (0, 12), (0, 14), (1, 1), (1, 2), (1, 12), (2, 1), (2, 4), (2, 12)]


def build_workshop(store, dots: bool = True) -> int:
    """The vote of the mock workshop; returns its id."""
    store.insert("process", {"title": "Integrationsworkshop Musterstadt"})
    vote_id = create_vote(store, "Themenprioritäten Workshop", "20.09.2010", "5", False)
    session = VoteSession(store, vote_id)
    topic_ids = [session.add_topic(name).id for name in TOPICS]
    people = [session.add_participant(name) for name in PERSONS]
    if dots:
        for person, number in DOTS:
            session.participant_id = people[person]
            session.add_dots(topic_ids[number - 1])
    return vote_id
