package gongkai.read;

/** The bytes of a picture in a document, fetched when needed; fails with the reason they cannot be had. */
@FunctionalInterface
public interface PictureBytes {
    byte[] load() throws PictureException;

    /** Why a picture cannot be read (not offline, missing, broken, past a cap): said in the report, never thrown out. */
    final class PictureException extends Exception {
        private static final long serialVersionUID = 1L;

        public PictureException(String reason) {
            super(reason, null, false, false);
        }
    }
}
