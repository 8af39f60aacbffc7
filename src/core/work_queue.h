// A fixed pool of worker threads with a bounded queue: image decoding runs on
// all cores while downloads continue; Submit blocks when the queue is full so
// memory stays bounded.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace ifpo {

class WorkQueue {
 public:
  explicit WorkQueue(unsigned threads = std::thread::hardware_concurrency(), size_t max_queued = 64);
  ~WorkQueue();  // waits for all submitted work
  WorkQueue(const WorkQueue&) = delete;
  WorkQueue& operator=(const WorkQueue&) = delete;

  void Submit(std::function<void()> task);
  void Wait();  // until the queue is empty and no task runs

 private:
  void Loop();
  std::mutex mu_;
  std::condition_variable has_work_, has_room_, idle_;
  std::deque<std::function<void()>> tasks_;
  size_t max_queued_;
  int running_ = 0;
  bool stop_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace ifpo
