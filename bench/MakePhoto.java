import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * A photo-like JPEG for the benchmark's image route (run by the JDK as a single source file):
 * `java bench/MakePhoto.java out.jpg 2400 1600`. Gradients, shapes and grain, so that it compresses
 * like a photo; the same file every time.
 */
public class MakePhoto {
    public static void main(String[] args) throws Exception {
        int width = Integer.parseInt(args[1]);
        int height = Integer.parseInt(args[2]);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(40, 90, 150), width, height, new Color(230, 190, 120)));
        g.fillRect(0, 0, width, height);
        Random random = new Random(13);
        for (int i = 0; i < 400; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 90));
            int size = 20 + random.nextInt(width / 6);
            g.fillOval(random.nextInt(width), random.nextInt(height), size, size * 2 / 3);
        }
        g.dispose();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = image.getRGB(x, y);
                int grain = random.nextInt(21) - 10;
                int r = clamp(((rgb >> 16) & 0xFF) + grain), gr = clamp(((rgb >> 8) & 0xFF) + grain), b = clamp((rgb & 0xFF) + grain);
                image.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
        ImageIO.write(image, "jpeg", new File(args[0]));
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
