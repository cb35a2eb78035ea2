package org.husnu.symposium.core.program;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The program's warnings: what the chairs should resolve (or knowingly accept) before
 * publishing. A pure function of the program and what it cannot know itself (who
 * presents, who authored, the chairs' addresses, the speakers' answers), so it is tested
 * without a store and gives the same answer on the editor and at publication.
 */
public final class ProgramChecks {

	private ProgramChecks() {
	}

	/**
	 * Every warning of the program, session by session.
	 * @param program the working program
	 * @param context presenters, authors, chairs' addresses and invitations
	 * @return the warnings, empty when there is nothing to look at
	 */
	public static List<ProgramWarning> warnings(Program program, Context context) {
		List<ProgramWarning> warnings = new ArrayList<>();
		List<Placed> placed = new ArrayList<>();
		for (ProgramSession session : program.sessions()) {
			for (Slot slot : session.slots()) {
				if (slot.kind() == SlotKind.TALK) {
					placed.add(new Placed(session, slot));
				}
			}
		}
		for (ProgramSession session : program.sessions()) {
			overrun(session, warnings);
			imbalanced(session, context, warnings);
			chairOwnTalk(session, context, warnings);
		}
		for (int i = 0; i < placed.size(); i++) {
			Placed talk = placed.get(i);
			doubleBooked(talk, placed.subList(i + 1, placed.size()), context, warnings);
			chairingElsewhere(talk, program, context, warnings);
			speaker(talk, context, warnings);
		}
		return List.copyOf(warnings);
	}

	private static void overrun(ProgramSession session, List<ProgramWarning> warnings) {
		if (session.slots().isEmpty()) {
			return;
		}
		Instant lastEnd = session.slots().get(session.slots().size() - 1).end();
		if (lastEnd.isAfter(session.end())) {
			long minutes = Duration.between(session.end(), lastEnd).toMinutes();
			warnings.add(new ProgramWarning(ProgramWarning.SESSION_OVERRUN,
					List.of(session.title(), String.valueOf(Math.max(1, minutes))), session.id(), null));
		}
	}

	private static void imbalanced(ProgramSession session, Context context, List<ProgramWarning> warnings) {
		int hu = 0;
		int snu = 0;
		for (UUID talk : session.talks()) {
			Presenter presenter = context.presenters().get(talk);
			String institution = (presenter != null) ? presenter.institution() : null;
			if ("HU".equals(institution)) {
				hu++;
			}
			else if ("SNU".equals(institution)) {
				snu++;
			}
		}
		if (Math.abs(hu - snu) > 1) {
			warnings.add(new ProgramWarning(ProgramWarning.SESSION_IMBALANCED,
					List.of(session.title(), String.valueOf(hu), String.valueOf(snu)), session.id(), null));
		}
	}

	private static void chairOwnTalk(ProgramSession session, Context context, List<ProgramWarning> warnings) {
		for (UUID chair : session.sessionChairs()) {
			String email = context.chairEmails().get(chair);
			if (email == null) {
				continue;
			}
			for (UUID talk : session.talks()) {
				if (context.authorEmails().getOrDefault(talk, Set.of()).contains(email)) {
					warnings.add(new ProgramWarning(ProgramWarning.CHAIR_OWN_TALK,
							List.of(email, context.label(talk), session.title()), session.id(), talk));
				}
			}
		}
	}

	private static void doubleBooked(Placed talk, List<Placed> later, Context context, List<ProgramWarning> warnings) {
		Presenter presenter = context.presenters().get(talk.slot().abstractId());
		if (presenter == null || presenter.email() == null) {
			return;
		}
		for (Placed other : later) {
			Presenter otherPresenter = context.presenters().get(other.slot().abstractId());
			if (other.session() != talk.session() && otherPresenter != null
					&& presenter.email().equals(otherPresenter.email()) && overlap(talk.slot(), other.slot())) {
				List<String> args = List.of(presenter.name(), context.label(talk.slot().abstractId()),
						context.label(other.slot().abstractId()));
				warnings.add(new ProgramWarning(ProgramWarning.SPEAKER_DOUBLE_BOOKED, args, talk.session().id(),
						talk.slot().abstractId()));
				warnings.add(new ProgramWarning(ProgramWarning.SPEAKER_DOUBLE_BOOKED, args, other.session().id(),
						other.slot().abstractId()));
			}
		}
	}

	private static void chairingElsewhere(Placed talk, Program program, Context context,
			List<ProgramWarning> warnings) {
		Presenter presenter = context.presenters().get(talk.slot().abstractId());
		if (presenter == null || presenter.email() == null) {
			return;
		}
		for (ProgramSession other : program.sessions()) {
			if (other == talk.session() || !talk.slot().start().isBefore(other.end())
					|| !other.start().isBefore(talk.slot().end())) {
				continue;
			}
			boolean chairing = other.sessionChairs()
				.stream()
				.anyMatch((chair) -> presenter.email().equals(context.chairEmails().get(chair)));
			if (chairing) {
				warnings.add(new ProgramWarning(ProgramWarning.SPEAKER_DOUBLE_BOOKED,
						List.of(presenter.name(), context.label(talk.slot().abstractId()), other.title()),
						talk.session().id(), talk.slot().abstractId()));
			}
		}
	}

	private static void speaker(Placed talk, Context context, List<ProgramWarning> warnings) {
		UUID abstractId = talk.slot().abstractId();
		SpeakerInvitation invitation = context.invitations().get(abstractId);
		String code;
		if (invitation == null) {
			code = ProgramWarning.SPEAKER_NOT_INVITED;
		}
		else if (invitation.state() == SpeakerConfirmation.DECLINED) {
			code = ProgramWarning.SPEAKER_DECLINED;
		}
		else if (invitation.state() == SpeakerConfirmation.PENDING) {
			code = ProgramWarning.SPEAKER_UNCONFIRMED;
		}
		else if (!invitation.concerns(talk.session().id(), talk.slot().start())) {
			code = ProgramWarning.SPEAKER_SLOT_CHANGED;
		}
		else {
			return;
		}
		Presenter presenter = context.presenters().get(abstractId);
		String name = (presenter != null) ? presenter.name() : "?";
		warnings
			.add(new ProgramWarning(code, List.of(name, context.label(abstractId)), talk.session().id(), abstractId));
	}

	private static boolean overlap(Slot a, Slot b) {
		return a.start().isBefore(b.end()) && b.start().isBefore(a.end());
	}

	private record Placed(ProgramSession session, Slot slot) {

	}

	/**
	 * What the checks need to know beyond the program.
	 *
	 * @param presenters the presenter of each talk
	 * @param authorEmails every author's address of each talk
	 * @param labels how to name each talk in a message, e.g. its number
	 * @param chairEmails each session chair's account address
	 * @param invitations the speaker invitation of each talk that has one
	 */
	public record Context(Map<UUID, Presenter> presenters, Map<UUID, Set<String>> authorEmails,
			Map<UUID, String> labels, Map<UUID, String> chairEmails, Map<UUID, SpeakerInvitation> invitations) {

		public Context {
			presenters = Map.copyOf(presenters);
			authorEmails = Map.copyOf(authorEmails);
			labels = Map.copyOf(labels);
			chairEmails = Map.copyOf(chairEmails);
			invitations = Map.copyOf(invitations);
		}

		String label(UUID talk) {
			return Objects.requireNonNullElse(this.labels.get(talk), talk.toString());
		}

	}

	/**
	 * Who gives a talk.
	 *
	 * @param name name
	 * @param email address, normalised
	 * @param institution institution code
	 */
	public record Presenter(String name, String email, String institution) {

	}

}
