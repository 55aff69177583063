# raytrace: a small recursive ray tracer. Vectors are objects of a Vector class with
# arithmetic methods; spheres and a checkered plane are objects sharing an interface;
# shading does Lambert diffuse, a specular highlight, hard shadows and mirror reflections.
# Exercises float arithmetic through method calls, object allocation, attribute access,
# polymorphic dispatch and math.sqrt.
# Argument: image width W (the image is W x W). Prints colour sums and a pixel checksum.
# quick-args: 40
import sys
import math

MAX_DEPTH = 3
# Shifts ray origins off a surface so they do not hit it again; 1/1024 is exact.
EPSILON = 1.0 / 1024.0


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def sub(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def scale(self, factor):
        return Vector(self.x * factor, self.y * factor, self.z * factor)

    def mul(self, other):
        return Vector(self.x * other.x, self.y * other.y, self.z * other.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self.scale(1.0 / self.length())

    def reflect(self, normal):
        return self.sub(normal.scale(2.0 * self.dot(normal)))


BLACK = Vector(0.0, 0.0, 0.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def point_at(self, t):
        return self.origin.add(self.direction.scale(t))


class Sphere:
    def __init__(self, centre, radius, colour, reflectivity):
        self.centre = centre
        self.radius = radius
        self.colour = colour
        self.reflectivity = reflectivity

    def intersect(self, ray):
        # The direction is unit length, so the quadratic's leading coefficient is 1.
        offset = ray.origin.sub(self.centre)
        b = offset.dot(ray.direction)
        c = offset.dot(offset) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return -1.0
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return -1.0

    def normal_at(self, point):
        return point.sub(self.centre).normalized()

    def colour_at(self, point):
        return self.colour


class Plane:
    def __init__(self, height, colour_a, colour_b, reflectivity):
        self.height = height
        self.colour_a = colour_a
        self.colour_b = colour_b
        self.reflectivity = reflectivity
        self.normal = Vector(0.0, 1.0, 0.0)

    def intersect(self, ray):
        if ray.direction.y == 0.0:
            return -1.0
        t = (self.height - ray.origin.y) / ray.direction.y
        if t > EPSILON:
            return t
        return -1.0

    def normal_at(self, point):
        return self.normal

    def colour_at(self, point):
        if (int(math.floor(point.x)) + int(math.floor(point.z))) % 2 == 0:
            return self.colour_a
        return self.colour_b


class Light:
    def __init__(self, position, colour):
        self.position = position
        self.colour = colour


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vector(0.0, 1.0, 5.0), 1.0, Vector(0.875, 0.25, 0.25), 0.25),
            Sphere(Vector(-2.0, 0.75, 6.5), 0.75, Vector(0.25, 0.875, 0.25), 0.5),
            Sphere(Vector(2.0, 1.5, 7.0), 1.5, Vector(0.25, 0.25, 0.875), 0.375),
            Sphere(Vector(0.5, 0.375, 3.5), 0.375, Vector(0.875, 0.875, 0.25), 0.0),
            Plane(0.0, Vector(0.875, 0.875, 0.875), Vector(0.125, 0.125, 0.125), 0.25),
        ]
        self.lights = [
            Light(Vector(-4.0, 6.0, 0.0), Vector(0.75, 0.75, 0.75)),
            Light(Vector(4.0, 4.0, 2.0), Vector(0.5, 0.375, 0.25)),
        ]
        self.ambient = Vector(0.125, 0.125, 0.125)
        self.sky = Vector(0.5, 0.625, 0.875)

    def closest_hit(self, ray):
        best_t = -1.0
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t > 0.0 and (best is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def in_shadow(self, point, light):
        to_light = light.position.sub(point)
        distance = to_light.length()
        ray = Ray(point, to_light.scale(1.0 / distance))
        for obj in self.objects:
            t = obj.intersect(ray)
            if t > 0.0 and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.closest_hit(ray)
        if obj is None:
            return self.sky
        point = ray.point_at(t)
        normal = obj.normal_at(point)
        base = obj.colour_at(point)
        colour = base.mul(self.ambient)
        for light in self.lights:
            if self.in_shadow(point, light):
                continue
            to_light = light.position.sub(point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                colour = colour.add(base.mul(light.colour).scale(lambert))
            half = to_light.sub(ray.direction).normalized()
            spec = normal.dot(half)
            if spec > 0.0:
                # spec ** 32 by squaring, to stay inside correctly rounded operations.
                for _ in range(5):
                    spec = spec * spec
                colour = colour.add(light.colour.scale(spec))
        if depth < MAX_DEPTH and obj.reflectivity > 0.0:
            reflected = Ray(point, ray.direction.reflect(normal))
            colour = colour.add(self.trace(reflected, depth + 1).scale(obj.reflectivity))
        return colour


def channel(value):
    if value <= 0.0:
        return 0
    if value >= 1.0:
        return 255
    return int(value * 255.0)


def render(size):
    scene = Scene()
    eye = Vector(0.0, 1.5, -1.0)
    totals = [0, 0, 0]
    checksum = 0
    for row in range(size):
        for col in range(size):
            px = (col + 0.5) / size * 2.0 - 1.0
            py = 1.0 - (row + 0.5) / size * 2.0
            direction = Vector(px, py - 0.25, 1.5).normalized()
            colour = scene.trace(Ray(eye, direction), 0)
            r = channel(colour.x)
            g = channel(colour.y)
            b = channel(colour.z)
            totals[0] += r
            totals[1] += g
            totals[2] += b
            checksum = (checksum * 31 + (r << 16 | g << 8 | b)) % 1000000007
    return totals, checksum


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    totals, checksum = render(size)
    print("raytrace size=%d rgb=%d,%d,%d checksum=%d" % (size, totals[0], totals[1], totals[2], checksum))


main()
