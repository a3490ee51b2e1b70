package org.cxrtriage.ui;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DropTargetTest {

    @Test
    void oneItemOpensAsItselfSeveralAsTheirCommonFolder() {
        Path a = Path.of("/data/study/s1/a.dcm");
        assertEquals(a, WorkstationView.dropTarget(List.of(a)));
        assertEquals(Path.of("/data/study/s1"),
                WorkstationView.dropTarget(List.of(a, Path.of("/data/study/s1/b.dcm"))));
        assertEquals(Path.of("/data/study"),
                WorkstationView.dropTarget(List.of(a, Path.of("/data/study/s2/c.dcm"))));
    }
}
