package org.husnu.symposium.core.program;

import java.time.Instant;
import java.util.UUID;

/**
 * Where the speaker of a talk in the working program stands, as chairs, the exports and
 * the editor's warnings show it: joins the talk's current slot with its
 * {@link SpeakerInvitation}. An answer about another slot counts as
 * {@link #SLOT_CHANGED}, whatever it was.
 */
public enum SpeakerStatus {

	NOT_INVITED("notInvited"), PENDING("pending"), CONFIRMED("confirmed"), DECLINED("declined"),
	SLOT_CHANGED("slotChanged");

	private final String code;

	SpeakerStatus(String code) {
		this.code = code;
	}

	/**
	 * The stable name used in the API and the exports.
	 * @return e.g. {@code notInvited}
	 */
	public String code() {
		return this.code;
	}

	/**
	 * The status of a talk's speaker.
	 * @param invitation the talk's invitation, or {@code null}
	 * @param sessionId the talk's session now
	 * @param slotStart the talk's start now
	 * @return the status
	 */
	public static SpeakerStatus of(SpeakerInvitation invitation, UUID sessionId, Instant slotStart) {
		if (invitation == null) {
			return NOT_INVITED;
		}
		if (!invitation.concerns(sessionId, slotStart)) {
			return SLOT_CHANGED;
		}
		return switch (invitation.state()) {
			case PENDING -> PENDING;
			case CONFIRMED -> CONFIRMED;
			case DECLINED -> DECLINED;
		};
	}

}
