package gongkai.cli;

import gongkai.read.pdf.OcrMode;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --ocr auto|off}; any other value is a usage error naming the option and the value. */
final class OcrModeConverter implements ITypeConverter<OcrMode> {
    @Override
    public OcrMode convert(String value) {
        try {
            return OcrMode.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
