package org.husnu.symposium.test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;

/**
 * Which local addresses listen on a TCP port, read from Linux's socket tables
 * ({@code /proc/net/tcp}, {@code /proc/net/tcp6}): a way to check what a server binds to
 * without sending traffic anywhere but loopback.
 */
public final class ListeningSockets {

	private static final String LISTEN = "0A";

	private ListeningSockets() {
	}

	/**
	 * The addresses with a listening socket on a port.
	 * @param port the port
	 * @return the addresses, {@code 127.0.0.1}, {@code 0.0.0.0}, {@code ::}, {@code ::1}
	 * and so on
	 * @throws IOException if a socket table cannot be read
	 */
	public static List<String> addressesListeningOn(int port) throws IOException {
		Path tcp = Path.of("/proc/net/tcp");
		Assumptions.assumeTrue(Files.isReadable(tcp), "no /proc/net/tcp here: not Linux, socket table unknown");
		List<String> addresses = new ArrayList<>();
		collect(tcp, port, addresses);
		Path tcp6 = Path.of("/proc/net/tcp6");
		if (Files.isReadable(tcp6)) {
			collect(tcp6, port, addresses);
		}
		return addresses;
	}

	private static void collect(Path table, int port, List<String> addresses) throws IOException {
		for (String line : Files.readAllLines(table)) {
			String[] fields = line.trim().split("\\s+");
			if (fields.length < 4 || !fields[1].contains(":") || !LISTEN.equals(fields[3])) {
				continue;
			}
			String[] local = fields[1].split(":");
			if (Integer.parseInt(local[1], 16) == port) {
				addresses.add(address(local[0]));
			}
		}
	}

	/** An address as the kernel writes it: 32-bit words in host (little-endian) order. */
	private static String address(String hex) throws UnknownHostException {
		byte[] bytes = new byte[hex.length() / 2];
		for (int word = 0; word < bytes.length / 4; word++) {
			for (int i = 0; i < 4; i++) {
				int at = word * 8 + (3 - i) * 2;
				bytes[word * 4 + i] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
			}
		}
		InetAddress address = InetAddress.getByAddress(bytes);
		return address.isAnyLocalAddress() ? ((bytes.length == 4) ? "0.0.0.0" : "::") : address.getHostAddress();
	}

}
