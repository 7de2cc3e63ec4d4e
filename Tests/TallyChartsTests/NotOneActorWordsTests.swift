import Testing
import TallyCore
@testable import TallyCharts

/// review40: the footnote of a stock with no actor beside named actors' said "a figure
/// with no actor" for actor cells `Total`, `All groups` and `Unknown` too; and a chart by
/// actor drew a `Total` or `Unknown` actor as a bar like any actor, with no word. Each
/// footnote says what the cell says, in the four languages.
@Suite struct NotOneActorWords {
    static let groups = [
        TwoLevelStock(place: "Idlib (Syria)", measure: "fighters", period: "2023-02", kind: .noActor, actor: .allActors, othersNamed: true),
        TwoLevelStock(place: "Raqqa (Syria)", measure: "fighters", period: "2023-02", kind: .noActor, actor: .unnamed, othersNamed: false),
        TwoLevelStock(place: "Homs (Syria)", measure: "fighters", period: "2023-02", kind: .noActor, actor: .none, othersNamed: true),
    ]

    func locale(_ id: String) throws -> DisplayLocale { try #require(DisplayLocale(identifier: id)) }

    @Test func theStockFootnoteSaysWhatTheActorCellSays() throws {
        let en = try DisplayLocale.with(try locale("en")) { ChartWords.twoLevelsFootnote(Self.groups, measure: "fighters") }
        #expect(en == "Homs (Syria), fighters: a figure with no actor and figures of named actors there are added; some may be counted twice; "
                + "Idlib (Syria), fighters: a figure for all actors together and figures of named actors there are added; some may be counted twice; "
                + "Raqqa (Syria), fighters: a figure with no named actor and other figures there are added; some may be counted twice")
        let fr = try DisplayLocale.with(try locale("fr")) { ChartWords.twoLevelsFootnote(Self.groups, measure: "fighters") } ?? ""
        #expect(fr.contains("Idlib (Syria), Combattants : un chiffre pour tous les acteurs ensemble et des chiffres d’acteurs nommés au même endroit"), "\(fr)")
        #expect(fr.contains("un chiffre sans acteur nommé et d’autres chiffres au même endroit"), "\(fr)")
        let es = try DisplayLocale.with(try locale("es")) { ChartWords.twoLevelsFootnote(Self.groups, measure: "fighters") } ?? ""
        #expect(es.contains("se suman una cifra de todos los actores juntos y cifras de actores nombrados en el mismo lugar"), "\(es)")
        #expect(es.contains("se suman una cifra sin actor nombrado y otras cifras en el mismo lugar"), "\(es)")
        let ar = try DisplayLocale.with(try locale("ar")) { ChartWords.twoLevelsFootnote(Self.groups, measure: "fighters") } ?? ""
        #expect(ar.contains("جُمع رقم لكل الجهات الفاعلة معاً وأرقام جهات فاعلة مسمّاة في المكان نفسه"), "\(ar)")
        #expect(ar.contains("جُمع رقم بلا جهة فاعلة مسمّاة وأرقام أخرى في المكان نفسه"), "\(ar)")
        // No template placeholder left unfilled in any language.
        for text in [en ?? "", fr, es, ar] { #expect(!text.contains("{") && !text.isEmpty, "\(text)") }
    }

    @Test func aChartByActorSaysWhichActorsAreNotOne() throws {
        let en = try DisplayLocale.with(try locale("en")) { ChartWords.notOneActorFootnote(all: ["Total"], unnamed: ["Unknown", "Various"]) }
        #expect(en == "“Total” is not one actor but all actors together; “Unknown”, “Various” are not one actor each: no actor is named")
        let fr = try DisplayLocale.with(try locale("fr")) { ChartWords.notOneActorFootnote(all: ["Total"], unnamed: ["Inconnu"]) }
        #expect(fr == "« Total » n’est pas un acteur mais tous les acteurs ensemble ; « Inconnu » n’est pas un acteur : aucun acteur n’est nommé")
        let es = try DisplayLocale.with(try locale("es")) { ChartWords.notOneActorFootnote(all: [], unnamed: ["Desconocido"]) }
        #expect(es == "«Desconocido» no es un actor: no se nombra ningún actor")
        let ar = try DisplayLocale.with(try locale("ar")) { ChartWords.notOneActorFootnote(all: ["المجموع"], unnamed: []) }
        #expect(ar == "«المجموع» ليست جهة فاعلة واحدة بل كل الجهات الفاعلة معاً")
        #expect(ChartWords.notOneActorFootnote(all: [], unnamed: []) == nil)
        // More than three: three named, then an ellipsis.
        let many = try DisplayLocale.with(try locale("en")) { ChartWords.notOneActorFootnote(all: [], unnamed: ["A", "B", "C", "D"]) }
        #expect(many == "“A”, “B”, “C”… are not one actor each: no actor is named")
    }
}
