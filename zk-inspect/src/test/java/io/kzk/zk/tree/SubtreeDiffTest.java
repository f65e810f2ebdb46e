package io.kzk.zk.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubtreeDiffTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void lineDiffShowsChangedLinesWithContext() {
        String before = "a\nb\nc\nd\ne\nf\ng\nh";
        String after = "a\nb\nc\nd\nE\nf\ng\nh";
        assertEquals(List.of(" …", " c", " d", "-e", "+E", " f", " g", " …"), SubtreeDiff.lineDiff(b(before), b(after)));
    }

    @Test
    void binaryDataGetsNoLineDiff() {
        assertTrue(SubtreeDiff.lineDiff(new byte[] {0, 1}, new byte[] {0, 2}).isEmpty());
    }

    @Test
    void comparesByRelativePath() {
        ZnodeSource left = (withData, out) -> {
            out.accept(new ZnodeRecord("", b("root"), List.of(), false));
            out.accept(new ZnodeRecord("/same", b("x"), List.of(), false));
            out.accept(new ZnodeRecord("/gone", b("y"), List.of(), false));
            out.accept(new ZnodeRecord("/changed", b("1"), List.of(), false));
        };
        ZnodeSource right = (withData, out) -> {
            out.accept(new ZnodeRecord("", b("root"), List.of(), false));
            out.accept(new ZnodeRecord("/same", b("x"), List.of(), false));
            out.accept(new ZnodeRecord("/new", b("z"), List.of(), false));
            out.accept(new ZnodeRecord("/changed", b("2"), List.of(), false));
        };
        var result = SubtreeDiff.compare("/a", left, "/b", right);
        assertEquals(List.of("CHANGED /changed", "REMOVED /gone", "ADDED /new"),
                result.differences().stream().map(d -> d.kind() + " " + d.path()).toList());
        assertEquals(List.of("-1", "+2"), result.differences().get(0).lines());
    }
}
