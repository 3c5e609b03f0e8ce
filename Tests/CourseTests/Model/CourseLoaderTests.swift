import Foundation
import Testing

@testable import Course

@Suite struct CourseLoaderTests {
    @Test func readsTitlePartsChaptersAndData() throws {
        let fixture = try FixtureCourse("basic")
        let course = try CourseLoader.load(folder: fixture.folder)
        #expect(course.title == "Fixture Course")
        #expect(course.parts.map(\.title) == ["Basics", "Practice"])
        #expect(course.chapters.map(\.path) == ["intro.md", "tensors.md", "notes/exercises.md"])
        #expect(course.chapters.map(\.stem) == ["intro", "tensors", "exercises"])
        #expect(course.dataPaths == ["data/"])
    }

    @Test func aFolderWithoutCourseFileIsItsMarkdownFilesInNameOrder() throws {
        let fixture = try FixtureCourse("plain")
        let course = try CourseLoader.load(folder: fixture.folder)
        #expect(course.title == "plain")
        #expect(course.parts.count == 1)
        #expect(course.parts[0].title == nil)
        #expect(course.chapters.map(\.path) == ["a_first.md", "b_second.md"])
    }

    @Test func aMissingChapterIsNamedWithItsLine() throws {
        let fixture = try FixtureCourse("basic")
        try fixture.write("title: T\nparts:\n  - title: P\n    chapters:\n      - intro.md\n      - gone.md\n", to: "course.yml")
        #expect(throws: CourseError(file: "course.yml", line: 6, message: "chapter 'gone.md' does not exist")) {
            try CourseLoader.load(folder: fixture.folder)
        }
    }

    @Test func invalidYAMLIsLocated() throws {
        let fixture = try FixtureCourse("basic")
        try fixture.write("title: T\nparts: [a.md\n", to: "course.yml")
        let error = try #require(throws: CourseError.self) { try CourseLoader.load(folder: fixture.folder) }
        #expect(error.file == "course.yml")
        #expect(error.line == 3)
        #expect(error.description.hasPrefix("course.yml:3: error: invalid YAML: "))
    }

    @Test func aPartWithoutChaptersIsRejected() throws {
        let fixture = try FixtureCourse("basic")
        try fixture.write("title: T\nparts:\n  - title: P\n", to: "course.yml")
        let error = try #require(throws: CourseError.self) { try CourseLoader.load(folder: fixture.folder) }
        #expect(error.description == "course.yml:3: error: expected a part with a 'title' and a non-empty 'chapters' list")
    }

    @Test func twoChaptersWithOnePageNameAreRejected() throws {
        let fixture = try FixtureCourse("basic")
        try FileManager.default.createDirectory(atPath: fixture.path("more"), withIntermediateDirectories: true)
        try fixture.write("# Again\n", to: "more/intro.md")
        try fixture.write("title: T\nparts:\n  - title: P\n    chapters: [intro.md, more/intro.md]\n", to: "course.yml")
        let error = try #require(throws: CourseError.self) { try CourseLoader.load(folder: fixture.folder) }
        #expect(error.message == "chapter 'more/intro.md' has the same page name as an earlier chapter")
        #expect(error.line == 4)
    }

    @Test func aMissingDataPathIsAnError() throws {
        let fixture = try FixtureCourse("basic")
        try fixture.write("title: T\nparts:\n  - title: P\n    chapters: [intro.md]\ndata:\n  - nothing/\n", to: "course.yml")
        #expect(throws: CourseError(file: "course.yml", line: 6, message: "data path 'nothing/' does not exist")) {
            try CourseLoader.load(folder: fixture.folder)
        }
    }
}
