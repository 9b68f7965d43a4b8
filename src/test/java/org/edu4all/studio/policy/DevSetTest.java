package org.edu4all.studio.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The shared dev set ({@code label<TAB>slice<TAB>prompt}): every "block" row blocked, every "allow" row allowed,
 * with the default list. The shared folder sits beside the repository; without it the test is skipped.
 */
class DevSetTest {

    private static final Path DEV_SET = Path.of("..", "shared", "policy-devset", "prompts.tsv");
    private static final PolicyEngine ENGINE = DefaultPolicyList.engine();

    @TestFactory
    Stream<DynamicTest> everyRowGetsItsLabel() throws IOException {
        assumeTrue(Files.isRegularFile(DEV_SET), "dev set not found at " + DEV_SET.toAbsolutePath());
        List<String> rows = Files.readAllLines(DEV_SET, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();
        assertThat(rows).isNotEmpty();
        return rows.stream().map(row -> {
            String[] fields = row.split("\t", 3);
            String label = fields[0];
            String prompt = fields[2];
            return DynamicTest.dynamicTest(label + " " + fields[1] + ": " + prompt,
                    () -> assertThat(ENGINE.check(prompt).blocked()).as(prompt).isEqualTo(label.equals("block")));
        });
    }
}
