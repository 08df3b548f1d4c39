package gongkai.model;

import java.util.Objects;

/** Why a report is partial or failed: a stable code (e.g. ENCRYPTED_PDF) and a message for people. */
public record ReportError(String code, String message) {
    public ReportError {
        Objects.requireNonNull(code, "code");
        message = message == null ? "" : message;
    }

    public ReportError(ErrorCode code, String message) {
        this(code.name(), message);
    }
}
