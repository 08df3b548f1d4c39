package gongkai.read.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.util.Matrix;

/**
 * The path operators of a content stream, added to the text stripper so that one pass over each page yields
 * both glyphs and rules (a second pass with a graphics engine costs as much again as the text extraction).
 * Points are taken to device space with the current transformation matrix and handed to a {@link PathRecorder}.
 */
final class PathOperators extends OperatorProcessor {
    /** Path construction and painting operators this class handles. */
    static final List<String> NAMES = List.of("m", "l", "c", "v", "y", "h", "re",
            "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n");

    private final String name;
    private final Supplier<PathRecorder> recorder;

    PathOperators(PDFStreamEngine context, String name, Supplier<PathRecorder> recorder) {
        super(context);
        this.name = name;
        this.recorder = recorder;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) throws IOException {
        PathRecorder path = recorder.get();
        if (path == null) {
            return; // inside a Type 3 glyph: its outline is not a rule
        }
        float[] v = numbers(operands);
        switch (name) {
            case "m" -> at(v, 0, path::moveTo);
            case "l" -> at(v, 0, path::lineTo);
            case "c" -> at(v, 4, path::curveTo);
            case "v", "y" -> at(v, 2, path::curveTo);
            case "h" -> path.closePath();
            case "re" -> rectangle(v, path);
            case "S" -> path.stroke();
            case "s" -> {
                path.closePath();
                path.stroke();
            }
            case "f", "F", "f*" -> path.fill();
            case "B", "B*", "b", "b*" -> path.stroke(); // filled and stroked: its edges are drawn
            default -> path.endPath();
        }
    }

    private interface PointSink {
        void accept(double x, double y);
    }

    private void at(float[] v, int index, PointSink sink) {
        if (v.length >= index + 2) {
            Point2D.Float p = ctm().transformPoint(v[index], v[index + 1]);
            sink.accept(p.x, p.y);
        }
    }

    private void rectangle(float[] v, PathRecorder path) {
        if (v.length < 4) {
            return;
        }
        Matrix ctm = ctm();
        float[][] corners = {{v[0], v[1]}, {v[0] + v[2], v[1]}, {v[0] + v[2], v[1] + v[3]}, {v[0], v[1] + v[3]}};
        double[] device = new double[8];
        for (int i = 0; i < 4; i++) {
            Point2D.Float p = ctm.transformPoint(corners[i][0], corners[i][1]);
            device[2 * i] = p.x;
            device[2 * i + 1] = p.y;
        }
        path.rectangle(device);
    }

    private Matrix ctm() {
        return getContext().getGraphicsState().getCurrentTransformationMatrix();
    }

    private static float[] numbers(List<COSBase> operands) {
        float[] values = new float[operands.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = operands.get(i) instanceof COSNumber n ? n.floatValue() : 0f;
        }
        return values;
    }

    /** {@code Do} that counts images and still runs form XObjects (where table rules may live). */
    static final class CountingDrawObject extends OperatorProcessor {
        private final DrawObject forms;
        private final Runnable onImage;

        CountingDrawObject(PDFStreamEngine context, Runnable onImage) {
            super(context);
            this.forms = new DrawObject(context);
            this.onImage = onImage;
        }

        @Override
        public String getName() {
            return "Do";
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) throws IOException {
            if (!operands.isEmpty() && operands.get(0) instanceof COSName xobject
                    && getContext().getResources() != null && getContext().getResources().isImageXObject(xobject)) {
                onImage.run();
            } else {
                forms.process(operator, operands);
            }
        }
    }
}
