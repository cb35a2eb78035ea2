package org.husnu.symposium.core.abstracts;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The one place that says which status follows which. Every status change of an abstract
 * goes through {@link #next}; nothing else sets a status.
 *
 * <pre>
 * DRAFT ─submit→ SUBMITTED ─start review→ UNDER_REVIEW ─accept/reject→ ACCEPTED_ORAL | ACCEPTED_POSTER | REJECTED
 *   any of these except REJECTED ─withdraw→ WITHDRAWN (final)
 *   decided ─another decision / reopen review→ …   (chairs may revise until decisions are released)
 * </pre>
 */
public final class AbstractLifecycle {

	private static final Map<AbstractStatus, Map<AbstractAction, AbstractStatus>> TRANSITIONS = new EnumMap<>(
			AbstractStatus.class);

	static {
		allow(AbstractStatus.DRAFT, AbstractAction.SUBMIT, AbstractStatus.SUBMITTED);
		allow(AbstractStatus.DRAFT, AbstractAction.WITHDRAW, AbstractStatus.WITHDRAWN);

		allow(AbstractStatus.SUBMITTED, AbstractAction.START_REVIEW, AbstractStatus.UNDER_REVIEW);
		allow(AbstractStatus.SUBMITTED, AbstractAction.WITHDRAW, AbstractStatus.WITHDRAWN);

		allow(AbstractStatus.UNDER_REVIEW, AbstractAction.ACCEPT_ORAL, AbstractStatus.ACCEPTED_ORAL);
		allow(AbstractStatus.UNDER_REVIEW, AbstractAction.ACCEPT_POSTER, AbstractStatus.ACCEPTED_POSTER);
		allow(AbstractStatus.UNDER_REVIEW, AbstractAction.REJECT, AbstractStatus.REJECTED);
		allow(AbstractStatus.UNDER_REVIEW, AbstractAction.WITHDRAW, AbstractStatus.WITHDRAWN);

		allow(AbstractStatus.ACCEPTED_ORAL, AbstractAction.ACCEPT_POSTER, AbstractStatus.ACCEPTED_POSTER);
		allow(AbstractStatus.ACCEPTED_ORAL, AbstractAction.REJECT, AbstractStatus.REJECTED);
		allow(AbstractStatus.ACCEPTED_ORAL, AbstractAction.REOPEN_REVIEW, AbstractStatus.UNDER_REVIEW);
		allow(AbstractStatus.ACCEPTED_ORAL, AbstractAction.WITHDRAW, AbstractStatus.WITHDRAWN);

		allow(AbstractStatus.ACCEPTED_POSTER, AbstractAction.ACCEPT_ORAL, AbstractStatus.ACCEPTED_ORAL);
		allow(AbstractStatus.ACCEPTED_POSTER, AbstractAction.REJECT, AbstractStatus.REJECTED);
		allow(AbstractStatus.ACCEPTED_POSTER, AbstractAction.REOPEN_REVIEW, AbstractStatus.UNDER_REVIEW);
		allow(AbstractStatus.ACCEPTED_POSTER, AbstractAction.WITHDRAW, AbstractStatus.WITHDRAWN);

		allow(AbstractStatus.REJECTED, AbstractAction.ACCEPT_ORAL, AbstractStatus.ACCEPTED_ORAL);
		allow(AbstractStatus.REJECTED, AbstractAction.ACCEPT_POSTER, AbstractStatus.ACCEPTED_POSTER);
		allow(AbstractStatus.REJECTED, AbstractAction.REOPEN_REVIEW, AbstractStatus.UNDER_REVIEW);
	}

	private AbstractLifecycle() {
	}

	private static void allow(AbstractStatus from, AbstractAction action, AbstractStatus to) {
		TRANSITIONS.computeIfAbsent(from, (status) -> new EnumMap<>(AbstractAction.class)).put(action, to);
	}

	/**
	 * The status an action leads to.
	 * @param from the current status
	 * @param action the action
	 * @return the next status
	 * @throws IllegalTransitionException if the action is not allowed from {@code from}
	 */
	public static AbstractStatus next(AbstractStatus from, AbstractAction action) {
		AbstractStatus to = TRANSITIONS.getOrDefault(from, Map.of()).get(action);
		if (to == null) {
			throw new IllegalTransitionException(from, action);
		}
		return to;
	}

	/**
	 * The actions allowed from a status.
	 * @param from the status
	 * @return the allowed actions, empty for a final status
	 */
	public static Set<AbstractAction> allowedActions(AbstractStatus from) {
		return Collections.unmodifiableSet(TRANSITIONS.getOrDefault(from, Map.of()).keySet());
	}

}
