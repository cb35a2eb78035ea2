package org.husnu.symposium.platform.mail;

import org.husnu.symposium.core.access.AccessRefusedException;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dev mailbox shows login links: only this machine reads it, unless the operator
 * opened it to the network on purpose.
 */
class DevMailboxAccessTests {

	private final DevMailboxAccess closed = new DevMailboxAccess(false);

	@Test
	void servesLoopbackClients() {
		assertThatNoException().isThrownBy(() -> this.closed.check(from("127.0.0.1")));
		assertThatNoException().isThrownBy(() -> this.closed.check(from("127.0.1.1")));
		assertThatNoException().isThrownBy(() -> this.closed.check(from("0:0:0:0:0:0:0:1")));
		assertThatNoException().isThrownBy(() -> this.closed.check(from("::1")));
	}

	@Test
	void refusesClientsOnTheNetwork() {
		for (String address : new String[] { "192.0.2.10", "10.0.0.5", "2001:db8::7", "", "localhost" }) {
			assertThatThrownBy(() -> this.closed.check(from(address))).as(address)
				.isInstanceOf(AccessRefusedException.class)
				.hasMessageContaining("console")
				.hasMessageContaining("symposium.mail.catcher.open-to-network=true");
		}
	}

	@Test
	void refusesWhatAProxyOnThisMachineForwarded() {
		for (String header : new String[] { "X-Forwarded-For", "Forwarded", "X-Real-IP" }) {
			MockHttpServletRequest request = from("127.0.0.1");
			request.addHeader(header, "203.0.113.7");
			assertThatThrownBy(() -> this.closed.check(request)).as(header).isInstanceOf(AccessRefusedException.class);
		}
	}

	@Test
	void servesEveryoneOnceOpenedOnPurpose() {
		MockHttpServletRequest request = from("192.0.2.10");
		request.addHeader("X-Forwarded-For", "203.0.113.7");
		assertThatNoException().isThrownBy(() -> new DevMailboxAccess(true).check(request));
	}

	private static MockHttpServletRequest from(String address) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/dev/mail");
		request.setRemoteAddr(address);
		return request;
	}

}
