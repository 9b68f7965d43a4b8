package org.edu4all.studio.policy;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every occurrence of many patterns in one pass over the text, however many patterns there are
 * (Aho-Corasick, 1975). Patterns are identified by their index in the list given to {@link #build}.
 *
 * <p>The trie is stored in flat arrays (children of a node are a sorted slice of {@code labels}/{@code targets}), so
 * a list of tens of thousands of patterns costs a few megabytes. Immutable once built, hence thread-safe.
 */
final class AhoCorasick {

    /** Receives each occurrence: which pattern, and the index of its last character in the text. */
    @FunctionalInterface
    interface HitSink {
        void hit(int patternId, int lastIndex);
    }

    private static final int ROOT = 0;
    private static final int NONE = -1;
    /** Nodes with more children than this are searched by bisection rather than by a linear scan. */
    private static final int LINEAR_SCAN_LIMIT = 8;

    private final int[] childStart;
    private final char[] labels;
    private final int[] targets;
    private final int[] failure;
    private final int[] outputStart;
    private final int[] outputs;
    /** The nearest node on the failure chain (excluding the node itself) that has outputs, or NONE. */
    private final int[] outputLink;
    /** The root's children by ASCII character: the search falls back to the root after almost every word. */
    private final int[] rootChildByAscii = new int[128];

    private AhoCorasick(Trie trie, int patternCount) {
        int nodeCount = trie.size;
        childStart = new int[nodeCount + 1];
        for (int edge = 0; edge < trie.edgeCount; edge++) {
            childStart[trie.edgeParent[edge] + 1]++;
        }
        for (int node = 0; node < nodeCount; node++) {
            childStart[node + 1] += childStart[node];
        }
        labels = new char[trie.edgeCount];
        targets = new int[trie.edgeCount];
        int[] fill = Arrays.copyOf(childStart, nodeCount);
        for (int edge = 0; edge < trie.edgeCount; edge++) {
            int slot = fill[trie.edgeParent[edge]]++;
            labels[slot] = trie.edgeLabel[edge];
            targets[slot] = trie.edgeTarget[edge];
        }
        sortChildren(nodeCount);
        Arrays.fill(rootChildByAscii, NONE);
        for (int k = childStart[ROOT]; k < childStart[ROOT + 1]; k++) {
            if (labels[k] < 128) {
                rootChildByAscii[labels[k]] = targets[k];
            }
        }
        int[] terminals = trie.terminalOf(patternCount);
        outputStart = new int[nodeCount + 1];
        for (int terminal : terminals) {
            outputStart[terminal + 1]++;
        }
        for (int node = 0; node < nodeCount; node++) {
            outputStart[node + 1] += outputStart[node];
        }
        outputs = new int[patternCount];
        int[] outputFill = Arrays.copyOf(outputStart, nodeCount);
        for (int pattern = 0; pattern < terminals.length; pattern++) {
            outputs[outputFill[terminals[pattern]]++] = pattern;
        }
        failure = new int[nodeCount];
        outputLink = new int[nodeCount];
        linkFailures(nodeCount);
    }

    /** @param patterns non-empty patterns; a pattern's id is its index in this list */
    static AhoCorasick build(List<char[]> patterns) {
        Trie trie = new Trie();
        for (int id = 0; id < patterns.size(); id++) {
            if (patterns.get(id).length == 0) {
                throw new IllegalArgumentException("empty pattern " + id);
            }
            trie.add(patterns.get(id), id);
        }
        return new AhoCorasick(trie, patterns.size());
    }

    void search(char[] text, int length, HitSink sink) {
        int node = ROOT;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            int next = child(node, c);
            while (next == NONE && node != ROOT) {
                node = failure[node];
                next = child(node, c);
            }
            node = next == NONE ? ROOT : next;
            for (int match = hasOutput(node) ? node : outputLink[node]; match != NONE; match = outputLink[match]) {
                for (int k = outputStart[match]; k < outputStart[match + 1]; k++) {
                    sink.hit(outputs[k], i);
                }
            }
        }
    }

    private boolean hasOutput(int node) {
        return outputStart[node] < outputStart[node + 1];
    }

    private int child(int node, char c) {
        if (node == ROOT && c < 128) {
            return rootChildByAscii[c];
        }
        int from = childStart[node];
        int to = childStart[node + 1];
        if (to - from <= LINEAR_SCAN_LIMIT) {
            for (int k = from; k < to; k++) {
                if (labels[k] == c) {
                    return targets[k];
                }
            }
            return NONE;
        }
        int k = Arrays.binarySearch(labels, from, to, c);
        return k >= 0 ? targets[k] : NONE;
    }

    private void sortChildren(int nodeCount) {
        for (int node = 0; node < nodeCount; node++) {
            int from = childStart[node];
            int to = childStart[node + 1];
            for (int i = from + 1; i < to; i++) {          // insertion sort: slices are short and nearly sorted
                char label = labels[i];
                int target = targets[i];
                int j = i - 1;
                while (j >= from && labels[j] > label) {
                    labels[j + 1] = labels[j];
                    targets[j + 1] = targets[j];
                    j--;
                }
                labels[j + 1] = label;
                targets[j + 1] = target;
            }
        }
    }

    /** Breadth-first, so that every node's failure target is finished before the node itself. */
    private void linkFailures(int nodeCount) {
        ArrayDeque<Integer> queue = new ArrayDeque<>(nodeCount);
        failure[ROOT] = ROOT;
        outputLink[ROOT] = NONE;
        for (int k = childStart[ROOT]; k < childStart[ROOT + 1]; k++) {
            failure[targets[k]] = ROOT;
            outputLink[targets[k]] = NONE;
            queue.add(targets[k]);
        }
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (int k = childStart[node]; k < childStart[node + 1]; k++) {
                int childNode = targets[k];
                int fallback = failure[node];
                int next = child(fallback, labels[k]);
                while (next == NONE && fallback != ROOT) {
                    fallback = failure[fallback];
                    next = child(fallback, labels[k]);
                }
                int target = next == NONE ? ROOT : next;
                failure[childNode] = target;
                outputLink[childNode] = hasOutput(target) ? target : outputLink[target];
                queue.add(childNode);
            }
        }
    }

    /** The trie while it is being built: an edge list plus a map for finding an existing edge. */
    private static final class Trie {
        int size = 1;
        int edgeCount;
        int[] edgeParent = new int[64];
        char[] edgeLabel = new char[64];
        int[] edgeTarget = new int[64];
        private final Map<Long, Integer> edges = new HashMap<>();
        private final Map<Integer, Integer> terminalByPattern = new HashMap<>();

        void add(char[] pattern, int id) {
            int node = ROOT;
            for (char c : pattern) {
                long key = ((long) node << 16) | c;
                Integer next = edges.get(key);
                if (next == null) {
                    next = size++;
                    edges.put(key, next);
                    addEdge(node, c, next);
                }
                node = next;
            }
            terminalByPattern.put(id, node);
        }

        int[] terminalOf(int patternCount) {
            int[] terminals = new int[patternCount];
            for (int id = 0; id < patternCount; id++) {
                terminals[id] = terminalByPattern.get(id);
            }
            return terminals;
        }

        private void addEdge(int parent, char label, int target) {
            if (edgeCount == edgeParent.length) {
                edgeParent = Arrays.copyOf(edgeParent, edgeCount * 2);
                edgeLabel = Arrays.copyOf(edgeLabel, edgeCount * 2);
                edgeTarget = Arrays.copyOf(edgeTarget, edgeCount * 2);
            }
            edgeParent[edgeCount] = parent;
            edgeLabel[edgeCount] = label;
            edgeTarget[edgeCount] = target;
            edgeCount++;
        }
    }
}
