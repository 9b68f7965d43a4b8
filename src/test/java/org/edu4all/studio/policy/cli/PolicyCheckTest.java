package org.edu4all.studio.policy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEFAULT_INPUT = """
            # label\tslice\tprompt
            block\tperturb_leet_spaced_es\tun niño con 3*5*p*4*d*4 en la Torre de Pisa

            allow\tbenign_es\tUn pez espada nadando
            sangre "con" comillas y ñ
            """;

    @Test
    void writesOneJsonObjectPerPromptInInputOrder() throws IOException {
        Result result = run(DEFAULT_INPUT);

        assertThat(result.exitCode).isZero();
        assertThat(result.lines()).hasSize(3);
        JsonNode blocked = result.json(0);
        assertThat(blocked.get("prompt").asText()).isEqualTo("un niño con 3*5*p*4*d*4 en la Torre de Pisa");
        assertThat(blocked.get("verdict").asText()).isEqualTo("BLOCK");
        assertThat(blocked.get("category").asText()).isEqualTo("WEAPONS");
        assertThat(blocked.get("term").asText()).isEqualTo("espadas");
        assertThat(blocked.get("normalized").asText()).isEqualTo("un nino con e s p a d a en la torre de pisa");
        assertThat(blocked.get("rule").asText()).isEqualTo("collapsed");
        JsonNode allowed = result.json(1);
        assertThat(allowed.get("prompt").asText()).isEqualTo("Un pez espada nadando");
        assertThat(allowed.get("verdict").asText()).isEqualTo("ALLOW");
        assertThat(allowed.get("category").isNull()).isTrue();
        assertThat(allowed.get("term").isNull()).isTrue();
        assertThat(result.json(2).get("prompt").asText()).isEqualTo("sangre \"con\" comillas y ñ");
    }

    @Test
    void keepsTheRequiredFieldsFirst() throws IOException {
        List<String> names = new ArrayList<>();
        run("espada\n").json(0).fieldNames().forEachRemaining(names::add);

        assertThat(names).startsWith("prompt", "verdict", "category", "term", "normalized");
    }

    @Test
    void writesUtf8WhateverThePlatformDefault() {
        Result result = run("niño\n");

        assertThat(result.stdout).contains("\"niño\"".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void usesTheGivenListInsteadOfTheDefault(@TempDir Path dir) throws IOException {
        Path list = dir.resolve("terms.tsv");
        Files.writeString(list, "# my list\ndragón\tes\tVIOLENCE\n", StandardCharsets.UTF_8);

        Result result = run("un dragon\nuna espada\n", "--list", list.toString());

        assertThat(result.exitCode).isZero();
        assertThat(result.json(0).get("verdict").asText()).isEqualTo("BLOCK");
        assertThat(result.json(0).get("term").asText()).isEqualTo("dragón");
        assertThat(result.json(1).get("verdict").asText()).isEqualTo("ALLOW");
    }

    @Test
    void acceptsACsvList(@TempDir Path dir) throws IOException {
        Path list = dir.resolve("terms.csv");
        Files.writeString(list, "term,language,category\n\"dragon\",en,violence\n", StandardCharsets.UTF_8);

        assertThat(run("a dragon\n", "--list=" + list).json(0).get("verdict").asText()).isEqualTo("BLOCK");
    }

    @Test
    void anUnknownArgumentIsAUsageError() {
        Result result = run("espada\n", "--frobnicate");

        assertThat(result.exitCode).isEqualTo(PolicyCheck.USAGE);
        assertThat(result.stdout).isEmpty();
        assertThat(new String(result.stderr, StandardCharsets.UTF_8)).contains("unknown argument", "Usage:");
    }

    @Test
    void aMissingOrBrokenListIsAUsageError(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.tsv");
        Files.writeString(broken, "espada\tes\tNOT_A_CATEGORY\n", StandardCharsets.UTF_8);

        assertThat(run("x\n", "--list").exitCode).isEqualTo(PolicyCheck.USAGE);
        assertThat(run("x\n", "--list", dir.resolve("missing.tsv").toString()).exitCode).isEqualTo(PolicyCheck.USAGE);
        Result result = run("x\n", "--list", broken.toString());
        assertThat(result.exitCode).isEqualTo(PolicyCheck.USAGE);
        assertThat(new String(result.stderr, StandardCharsets.UTF_8)).contains("broken.tsv:1", "NOT_A_CATEGORY");
    }

    @Test
    void helpGoesToStdout() {
        Result result = run("", "--help");

        assertThat(result.exitCode).isZero();
        assertThat(new String(result.stdout, StandardCharsets.UTF_8)).contains("Usage: policy-check");
    }

    private static Result run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PolicyCheck.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err);
        return new Result(code, out.toByteArray(), err.toByteArray());
    }

    private record Result(int exitCode, byte[] stdout, byte[] stderr) {
        List<String> lines() {
            String text = new String(stdout, StandardCharsets.UTF_8);
            return text.isEmpty() ? List.of() : List.of(text.split("\n"));
        }

        JsonNode json(int line) throws IOException {
            return JSON.readTree(lines().get(line));
        }
    }
}
