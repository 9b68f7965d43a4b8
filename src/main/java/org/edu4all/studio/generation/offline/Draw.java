package org.edu4all.studio.generation.offline;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;

/** Small shape helpers shared by the scene painters, so drawing code reads as shapes rather than geometry. */
final class Draw {

    private Draw() {
    }

    /** A closed polygon from x, y pairs. */
    static Path2D poly(double... xy) {
        Path2D path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        path.closePath();
        return path;
    }

    static Ellipse2D circle(double cx, double cy, double r) {
        return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    }

    static Ellipse2D ellipse(double cx, double cy, double halfW, double halfH) {
        return new Ellipse2D.Double(cx - halfW, cy - halfH, 2 * halfW, 2 * halfH);
    }

    static void fillCircle(Graphics2D g, Color c, double cx, double cy, double r) {
        g.setColor(c);
        g.fill(circle(cx, cy, r));
    }

    static void fillEllipse(Graphics2D g, Color c, double cx, double cy, double halfW, double halfH) {
        g.setColor(c);
        g.fill(ellipse(cx, cy, halfW, halfH));
    }

    static void fillPoly(Graphics2D g, Color c, double... xy) {
        g.setColor(c);
        g.fill(poly(xy));
    }

    static void fillRect(Graphics2D g, Color c, double x, double y, double w, double h) {
        g.setColor(c);
        g.fillRect((int) Math.round(x), (int) Math.round(y), Math.max(1, (int) Math.round(w)),
                Math.max(1, (int) Math.round(h)));
    }

    /** A line with round ends, at least one pixel wide. */
    static void line(Graphics2D g, Color c, double width, double x1, double y1, double x2, double y2) {
        g.setColor(c);
        g.setStroke(new BasicStroke((float) Math.max(1, width), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    /** The same colour with an alpha, for glows and weather drawn over the scene. */
    static Color alpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
