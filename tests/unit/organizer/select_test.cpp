// Stage 1, in-process: who a run processes (README "Notes").
#include "unit/organizer/fake_immich.h"

namespace ifpo::organizer {
namespace {

using testing::Someone;

class Select : public testing::InProcess {
 protected:
  void SetUp() override {
    Person hidden = Someone("p-hidden", "Hidden Hank");
    hidden.is_hidden = true;
    Person fav = Someone("p-fav", "");
    fav.is_favorite = true;
    immich_.people = {Someone("p-alice", "Alice", CivilDate{1990, 3, 10}),
                      Someone("p-bob", "Bob"),
                      Someone("p-anon", ""),
                      hidden,
                      fav,
                      Someone("p-bob2", "Bob")};
  }
  std::vector<std::string> Ids(std::vector<std::string> args) {
    auto people = SelectPeople(Configure(std::move(args)));
    EXPECT_TRUE(people) << (people ? "" : people.error().message);
    std::vector<std::string> ids;
    if (people)
      for (const Person& p : *people) ids.push_back(p.id);
    return ids;
  }
};

using List = std::vector<std::string>;

TEST_F(Select, ByDefaultNamedVisiblePeople) {
  EXPECT_EQ(Ids({}), (List{"p-alice", "p-bob", "p-bob2"}));
  EXPECT_EQ(Ids({"-W"}), (List{"p-anon", "p-fav"}));
}

TEST_F(Select, IdsNamesAndFavouritesAreAUnionInThatOrder) {
  EXPECT_EQ(Ids({"-s", "p-anon", "-S", "Alice", "-f"}), (List{"p-anon", "p-alice", "p-fav"}));
  // Picked by id twice, or by id and name: once.
  EXPECT_EQ(Ids({"-s", "p-alice", "p-alice", "-S", "Alice"}), (List{"p-alice"}));
}

TEST_F(Select, ANameSharedByTwoSelectsBothAndSaysSo) {
  EXPECT_EQ(Ids({"-S", "Bob"}), (List{"p-bob", "p-bob2"}));
  EXPECT_NE(Log().find("several people share this name"), std::string::npos) << Log();
}

TEST_F(Select, AWrongCaseNameIsIgnoredWithAHint) {
  EXPECT_EQ(Ids({"-S", "alice", "-S", "Bob"}), (List{"p-bob", "p-bob2"}));
  EXPECT_NE(Log().find("did_you_mean=Alice"), std::string::npos) << Log();
}

TEST_F(Select, AnUnknownIdIsAskedForThenIgnored) {
  EXPECT_EQ(Ids({"-s", "p-nobody", "p-bob"}), (List{"p-bob"}));
  EXPECT_NE(Log().find("unknown person id, ignored"), std::string::npos) << Log();
}

TEST_F(Select, APersonNotListedIsFetchedById) {
  // Immich leaves people whose faces are all archived out of the list.
  immich_.people.push_back(Someone("p-archived", "Archie"));
  immich_.unlisted.insert("p-archived");
  EXPECT_EQ(Ids({"-s", "p-archived"}), (List{"p-archived"}));
}

TEST_F(Select, AHiddenPersonPickedByIdIsSkippedWithAWarning) {
  EXPECT_EQ(Ids({"-s", "p-hidden", "p-bob"}), (List{"p-bob"}));
  EXPECT_NE(Log().find("person is hidden in Immich"), std::string::npos) << Log();
}

TEST_F(Select, BirthdaysNeedABirthDate) {
  EXPECT_EQ(Ids({"-n"}), (List{"p-alice"}));
  EXPECT_NE(Log().find("no birth date set, skipped (-n)"), std::string::npos) << Log();
}

TEST_F(Select, NobodyLeftIsAnErrorThatSaysWhy) {
  auto none = SelectPeople(Configure({"-S", "Nobody"}));
  ASSERT_FALSE(none);
  EXPECT_NE(none.error().message.find("nobody to process"), std::string::npos);
  immich_.people = {Someone("p-anon", "")};
  auto unnamed = SelectPeople(Configure({}));
  ASSERT_FALSE(unnamed);
  EXPECT_NE(unnamed.error().message.find("-W selects unnamed ones"), std::string::npos) << unnamed.error().message;
}

TEST_F(Select, AServerErrorOnGetPersonEndsTheSelection) {
  immich_.get_errors["p-nobody"] = MakeError(ErrorKind::kServer, "Immich answered 500");
  auto r = SelectPeople(Configure({"-s", "p-nobody"}));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ErrorKind::kServer);
}

}  // namespace
}  // namespace ifpo::organizer
