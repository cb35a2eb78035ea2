package org.husnu.symposium.submission.pdf;

import java.io.IOException;

import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * The file PDFBox parses, checking the {@link ParseBudget} on every read, so that a parse
 * given up on from outside stops at its next read. Views (stream data) read through this
 * wrapper too.
 */
final class GuardedSource implements RandomAccessRead {

	private final RandomAccessRead delegate;

	private final ParseBudget budget;

	GuardedSource(RandomAccessRead delegate, ParseBudget budget) {
		this.delegate = delegate;
		this.budget = budget;
	}

	@Override
	public int read() throws IOException {
		this.budget.check();
		return this.delegate.read();
	}

	@Override
	public int read(byte[] b, int offset, int length) throws IOException {
		this.budget.check();
		return this.delegate.read(b, offset, length);
	}

	@Override
	public long getPosition() throws IOException {
		return this.delegate.getPosition();
	}

	@Override
	public void seek(long position) throws IOException {
		this.budget.check();
		this.delegate.seek(position);
	}

	@Override
	public long length() throws IOException {
		return this.delegate.length();
	}

	@Override
	public boolean isClosed() {
		return this.delegate.isClosed();
	}

	@Override
	public void rewind(int bytes) throws IOException {
		this.delegate.rewind(bytes);
	}

	@Override
	public boolean isEOF() throws IOException {
		this.budget.check();
		return this.delegate.isEOF();
	}

	@Override
	public RandomAccessReadView createView(long startPosition, long streamLength) throws IOException {
		this.budget.check();
		return new RandomAccessReadView(this, startPosition, streamLength);
	}

	@Override
	public void close() throws IOException {
		this.delegate.close();
	}

}
