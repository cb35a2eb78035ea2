package org.husnu.symposium.core.program;

/**
 * Whether the speaker of a talk confirmed the slot by link.
 */
public enum SpeakerConfirmation {

	PENDING, CONFIRMED, DECLINED

}
