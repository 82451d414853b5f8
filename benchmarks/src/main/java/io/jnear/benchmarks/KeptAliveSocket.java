package io.jnear.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * A load client's HTTP/1.1 connection, written and read by hand over one kept-alive socket, as load
 * generators such as wrk do: a POST with a {@code Content-Length}, and an answer read up to its own
 * {@code Content-Length}. It does only what {@link RpcBenchmark} needs from the servers it measures (a
 * {@code 200} with a fixed-length body) and fails loudly on anything else. One thread uses one.
 */
final class KeptAliveSocket implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final byte[] requestHead;

    KeptAliveSocket(URL endpoint) throws IOException {
        socket = new Socket(endpoint.getHost(), endpoint.getPort());
        socket.setTcpNoDelay(true);
        out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        requestHead = ("POST / HTTP/1.1\r\nHost: " + endpoint.getHost() + ":" + endpoint.getPort()
                + "\r\nContent-Type: application/json\r\nContent-Length: ").getBytes(StandardCharsets.US_ASCII);
    }

    /** Sends {@code body} and returns the answer's body. */
    byte[] post(byte[] body) throws IOException {
        out.write(requestHead);
        out.write((body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        String status = line();
        if (!status.startsWith("HTTP/1.1 200")) {
            throw new IOException("the server answered " + status);
        }
        int length = -1;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            if (colon > 0 && header.substring(0, colon).trim().equalsIgnoreCase("Content-Length")) {
                length = Integer.parseInt(header.substring(colon + 1).trim());
            }
        }
        if (length < 0) {
            throw new IOException("the answer has no Content-Length (a chunked answer is not read here)");
        }
        byte[] answer = in.readNBytes(length);
        if (answer.length != length) {
            throw new EOFException("the connection closed " + answer.length + " bytes into a " + length + "-byte answer");
        }
        return answer;
    }

    /** One header line, without its CRLF. */
    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("the connection closed inside an answer's head");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
