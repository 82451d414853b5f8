package io.jnear.cli.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.cli.Narrator;
import io.jnear.cli.scenarios.TransferScenario;
import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.runtime.exec.TransactionTrace;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.sdk.Env;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import io.jnear.sdk.spi.ContractCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class TraceSvgTest {

    /** Keeps the traces a scenario reports, as the CLI's recording narrator does. */
    private static final class Traces implements Narrator {
        final List<TransactionTrace> traces = new ArrayList<>();

        @Override
        public void step(String sentence) {
        }

        @Override
        public void transaction(ExecutionResult<?> result) {
            traces.add(result.trace());
        }

        @Override
        public void note(String fact) {
        }
    }

    private static List<TransactionTrace> transferRun() {
        Traces narrator = new Traces();
        new TransferScenario().run(Sandbox.create(), narrator);
        return narrator.traces;
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> elements(Document doc, String tag, Predicate<String> classes) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (classes.test(e.getAttribute("class"))) {
                found.add(e);
            }
        }
        return found;
    }

    private static Predicate<String> hasClass(String name) {
        return classes -> List.of(classes.split(" ")).contains(name);
    }

    private static String title(Element e) {
        return e.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent();
    }

    @Test
    void transferDrawsOneLanePerAccountAndOneBoxPerOutcome() throws Exception {
        List<TransactionTrace> traces = transferRun();
        Document doc = parse(TraceSvg.render(traces));

        List<String> lanes = elements(doc, "g", hasClass("lane")).stream().map(g -> g.getAttribute("data-account"))
                .toList();
        assertEquals(List.of("alice.test.near", "bob.test.near"), lanes);

        List<Element> boxes = elements(doc, "g", hasClass("box"));
        TransactionTrace trace = traces.get(0);
        assertEquals(1 + trace.receiptOutcomes().size(), boxes.size());
        List<String> ids = boxes.stream().map(b -> b.getAttribute("data-id")).toList();
        for (ExecutionOutcome o : trace.receiptOutcomes()) {
            assertTrue(ids.contains(o.id().toString()), "a box for receipt " + o.id());
        }
        assertTrue(boxes.stream().anyMatch(b -> b.getTextContent().contains("transfer")));
        assertEquals(1, elements(doc, "g", hasClass("transaction")).size());
        assertTrue(elements(doc, "path", hasClass("data")).isEmpty(), "a transfer has no callback");
        assertTrue(elements(doc, "path", hasClass("arrow")).size() >= 1, "the transaction points at its receipt");

        List<String> blocks = elements(doc, "text", hasClass("block-label")).stream().map(Element::getTextContent)
                .toList();
        assertTrue(blocks.contains("block " + trace.transactionOutcome().blockHeight()), blocks.toString());
        assertTrue(blocks.contains("block " + trace.receiptOutcomes().get(0).blockHeight()), blocks.toString());
    }

    @Test
    void sameRunDrawsTheSameBytes() {
        assertEquals(TraceSvg.render(transferRun()), TraceSvg.render(transferRun()));
    }

    /** A caller that asks {@code echo.test.near} for something and takes the answer in a private callback. */
    private static ContractCode caller() {
        return ContractCode.of("caller", "caller".getBytes(StandardCharsets.UTF_8), () -> method -> {
            if (method.startsWith("ask_")) {
                // ask_hello calls echo's hello, ask_fail its fail
                Promise.create("echo.test.near")
                        .functionCall(method.substring("ask_".length()), "{}", NearToken.ZERO, Gas.tgas(10))
                        .then(Promise.create(Env.currentAccountId())
                                .functionCall("on_answer", "{}", NearToken.ZERO, Gas.tgas(10)));
                return true;
            }
            if (method.equals("on_answer")) {
                Env.log(Env.promiseResult(0).isSuccess() ? "got it" : "no answer");
                return true;
            }
            return false;
        });
    }

    private static ContractCode echo() {
        return ContractCode.of("echo", "echo".getBytes(StandardCharsets.UTF_8), () -> method -> {
            switch (method) {
                case "hello" -> Env.valueReturn("\"hello\"".getBytes(StandardCharsets.UTF_8));
                case "fail" -> throw Env.panic("<nope> & \"gone\" \u0001");
                default -> {
                    return false;
                }
            }
            return true;
        });
    }

    private static List<TransactionTrace> callbackRun(String calleeMethod) {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        Account caller = sandbox.deploy("caller.test.near", caller(), null);
        sandbox.deploy("echo.test.near", echo(), null);
        return List.of(alice.call(caller.id(), "ask_" + calleeMethod, "{}").trace());
    }

    @Test
    void resultReturningToACallbackIsADashedArrowFromCalleeToCallback() throws Exception {
        List<TransactionTrace> traces = callbackRun("hello");
        Document doc = parse(TraceSvg.render(traces));

        List<Element> dataArrows = elements(doc, "path", hasClass("data"));
        assertEquals(1, dataArrows.size());
        TransactionTrace.DataFlow flow = traces.get(0).dataFlows().get(0);
        assertTrue(title(dataArrows.get(0)).contains("delivered to caller.test.near in block " + flow.arrivedAt()),
                title(dataArrows.get(0)));
        List<String> lanes = elements(doc, "g", hasClass("lane")).stream().map(g -> g.getAttribute("data-account"))
                .toList();
        assertEquals(List.of("alice.test.near", "caller.test.near", "echo.test.near"), lanes);
        List<String> labels = elements(doc, "g", hasClass("box")).stream().map(Element::getTextContent).toList();
        assertTrue(labels.stream().anyMatch(l -> l.endsWith("on_answer")), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.endsWith("hello")), labels.toString());
        assertTrue(elements(doc, "g", hasClass("failed")).isEmpty());
    }

    @Test
    void failedReceiptIsRedWithItsErrorAsTooltipEscapedForXml() throws Exception {
        Document doc = parse(TraceSvg.render(callbackRun("fail")));

        List<Element> failed = elements(doc, "g", hasClass("failed"));
        assertEquals(1, failed.size());
        assertTrue(title(failed.get(0)).contains("Smart contract panicked: <nope> & \"gone\" \uFFFD"),
                title(failed.get(0)));
        List<Element> dataArrows = elements(doc, "path", hasClass("data"));
        assertEquals(1, dataArrows.size());
        assertTrue(hasClass("failure").test(dataArrows.get(0).getAttribute("class")));
    }

    @Test
    void severalTransactionsShareOnePictureInOrder() throws Exception {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        Account bob = sandbox.createAccount("bob.test.near", NearToken.near(10));
        Account carol = sandbox.createAccount("carol.test.near", NearToken.near(10));
        List<TransactionTrace> traces = List.of(alice.transfer(bob.id(), NearToken.near(1)).trace(),
                bob.transfer(carol.id(), NearToken.near(2)).trace());

        Document doc = parse(TraceSvg.render(traces));

        List<String> transactions = elements(doc, "g", hasClass("transaction")).stream()
                .map(Element::getTextContent).map(t -> t.substring(t.lastIndexOf("tx "))).toList();
        assertEquals(List.of("tx 1", "tx 2"), transactions);
        assertEquals(3, elements(doc, "g", hasClass("lane")).size());
    }

    @Test
    void nothingToDrawIsStillAWellFormedPicture() throws Exception {
        Document doc = parse(TraceSvg.render(List.of()));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
    }
}
