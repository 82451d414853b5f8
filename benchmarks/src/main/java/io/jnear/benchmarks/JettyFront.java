package io.jnear.benchmarks;

import io.jnear.server.rpc.JsonRpcHandler;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * jnear sandbox's JSON-RPC handler behind Jetty instead of the JDK's {@code HttpServer}: the same bodies
 * in and out, so {@link RpcBenchmark} can measure which HTTP server carries them at less cost.
 */
final class JettyFront implements AutoCloseable {
    private final Server jetty;
    private final ServerConnector connector;

    JettyFront(JsonRpcHandler rpc) throws Exception {
        jetty = new Server();
        connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        jetty.addConnector(connector);
        jetty.setHandler(new Handler.Abstract() { // blocking: answering may wait for blocks
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                ByteBuffer in = Content.Source.asByteBuffer(request);
                byte[] body = new byte[in.remaining()];
                in.get(body);
                byte[] out = rpc.answer(body);
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, out.length);
                response.write(true, ByteBuffer.wrap(out), callback);
                return true;
            }
        });
        jetty.start();
    }

    URL url() throws MalformedURLException {
        return new URL("http://127.0.0.1:" + connector.getLocalPort());
    }

    @Override
    public void close() throws Exception {
        jetty.stop();
    }
}
