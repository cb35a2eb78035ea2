package org.husnu.symposium.platform.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.husnu.symposium.platform.problems.BodyTooLargeException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BoundedInputStreamTests {

	@Test
	void readsABodyUpToTheLimit() throws IOException {
		try (InputStream in = new BoundedInputStream(new ByteArrayInputStream(new byte[100]), 100, "too large")) {
			assertThat(in.readAllBytes()).hasSize(100);
		}
	}

	@Test
	void failsAsSoonAsOneByteMoreIsReadAndReadsNoFurther() {
		CountingStream source = new CountingStream(10_000_000);
		assertThatExceptionOfType(BodyTooLargeException.class)
			.isThrownBy(() -> new BoundedInputStream(source, 1024, "at most 1 KB").readAllBytes())
			.withMessage("at most 1 KB")
			.satisfies((ex) -> assertThat(ex.limit()).isEqualTo(1024));
		assertThat(source.read).as("the excess is not read in bulk").isEqualTo(1025);
	}

	@Test
	void isFoundInAChainOfCauses() {
		BodyTooLargeException tooLarge = new BodyTooLargeException(1, "x");
		assertThat(BodyTooLargeException.in(new IllegalStateException(new UncheckedIOException(tooLarge))))
			.isSameAs(tooLarge);
		assertThat(BodyTooLargeException.in(new IllegalStateException("other"))).isNull();
	}

	private static final class CountingStream extends InputStream {

		private final long size;

		long read;

		CountingStream(long size) {
			this.size = size;
		}

		@Override
		public int read() {
			return (this.read < this.size) ? (int) (this.read++ & 0x7f) : -1;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			int n = (int) Math.min(length, this.size - this.read);
			if (n <= 0) {
				return -1;
			}
			this.read += n;
			return n;
		}

	}

}
