package org.edu4all.studio.policy;

/** Which words of the normalised prompt a match covers, first and last inclusive, counted from 0. */
record WordSpan(int first, int last) {

    boolean contains(WordSpan other) {
        return first <= other.first && other.last <= last;
    }

    int wordCount() {
        return last - first + 1;
    }
}
