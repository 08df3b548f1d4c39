package gongkai.cli;

import gongkai.read.Readers;

/** The readers this build has, registered by format. */
final class ReaderSetup {
    private ReaderSetup() {
    }

    static Readers all() {
        return new Readers();
    }
}
