package dev.milepost.report.mail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;

import javax.net.SocketFactory;

/**
 * Plain sockets with TCP_NODELAY, for SMTP: a client writes the end of a message as a
 * small packet that Nagle's algorithm would hold until the server's (delayed) ACK of the
 * previous one.
 */
final class NoDelaySocketFactory extends SocketFactory {

	static final NoDelaySocketFactory INSTANCE = new NoDelaySocketFactory();

	private NoDelaySocketFactory() {
	}

	private static Socket noDelay(Socket socket) throws IOException {
		socket.setTcpNoDelay(true);
		return socket;
	}

	@Override
	public Socket createSocket() throws IOException {
		return noDelay(new Socket());
	}

	@Override
	public Socket createSocket(String host, int port) throws IOException {
		return noDelay(new Socket(host, port));
	}

	@Override
	public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
		return noDelay(new Socket(host, port, localHost, localPort));
	}

	@Override
	public Socket createSocket(InetAddress host, int port) throws IOException {
		return noDelay(new Socket(host, port));
	}

	@Override
	public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
			throws IOException {
		return noDelay(new Socket(address, port, localAddress, localPort));
	}

}
