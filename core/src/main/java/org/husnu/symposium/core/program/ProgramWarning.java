package org.husnu.symposium.core.program;

import java.util.List;
import java.util.UUID;

/**
 * Something in the working program the chairs should look at before publishing; not an
 * error, a program with warnings can be saved and (after a confirmation) published. The
 * pages render {@code program.edit.warning.CODE} with the arguments.
 *
 * @param code stable code, e.g. {@code speakerDoubleBooked}
 * @param args message arguments
 * @param sessionId the session concerned, {@code null} if none
 * @param abstractId the talk concerned, {@code null} if none
 */
public record ProgramWarning(String code, List<String> args, UUID sessionId, UUID abstractId) {

	/** The presenter gives two talks at once, or presents while chairing elsewhere. */
	public static final String SPEAKER_DOUBLE_BOOKED = "speakerDoubleBooked";

	/** A session chair is an author of a talk in the session they chair. */
	public static final String CHAIR_OWN_TALK = "chairOwnTalk";

	/** The session's last slot ends after the session's end. */
	public static final String SESSION_OVERRUN = "sessionOverrun";

	/** The speaker was invited and has not answered. */
	public static final String SPEAKER_UNCONFIRMED = "speakerUnconfirmed";

	/** The speaker declined. */
	public static final String SPEAKER_DECLINED = "speakerDeclined";

	/** The speaker was not invited yet. */
	public static final String SPEAKER_NOT_INVITED = "speakerNotInvited";

	/** The speaker confirmed another slot than the talk has now. */
	public static final String SPEAKER_SLOT_CHANGED = "speakerSlotChanged";

	/**
	 * HU and SNU presenters of a session differ by more than one (the session's aim is
	 * the two universities meeting).
	 */
	public static final String SESSION_IMBALANCED = "sessionImbalanced";

	public ProgramWarning {
		args = List.copyOf((args != null) ? args : List.of());
	}

}
