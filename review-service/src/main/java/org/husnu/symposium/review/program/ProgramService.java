package org.husnu.symposium.review.program;

import java.util.List;

import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.program.Program;
import org.husnu.symposium.core.program.ProgramSession;

import org.springframework.stereotype.Service;

/**
 * The working program: read, replace as a whole with a version check, publish.
 */
@Service
public class ProgramService {

	/**
	 * The working program.
	 * @param actor a chair
	 * @return the program, {@link Program#empty()} before the first save
	 */
	public Program current(Actor actor) {
		throw new UnsupportedOperationException("not built yet (issue 13, part 'program')");
	}

	/**
	 * Replaces the working program's sessions in one atomic write.
	 * @param actor a chair
	 * @param sessions the new sessions
	 * @param expectedVersion the version the chair edited ({@code null} only for the
	 * first save); another version answers 409 {@code program.conflict}
	 * @return the saved program
	 */
	public Program replace(Actor actor, List<ProgramSession> sessions, Long expectedVersion) {
		throw new UnsupportedOperationException("not built yet (issue 13, part 'program')");
	}

}
